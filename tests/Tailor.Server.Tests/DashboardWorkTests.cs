using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Tailor.Data;
using Tailor.Server.Dashboard;

namespace Tailor.Server.Tests;

/// <summary>The dashboard's background work: computed once per shop and state of its data, failures kept with their reason.</summary>
public sealed class DashboardWorkTests
{
    private static readonly ShopStats Before = new("shop", 10, 5, 20, 40, 0, 0, 0, 0, 100m, null, null);
    private static readonly ShopStats After = Before with { Orders = 21 };

    [Fact]
    public async Task The_same_data_reuses_the_result_and_changed_data_computes_it_again()
    {
        var work = new DashboardWork(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<DashboardWork>.Instance);
        var runs = 0;
        int Compute(CancellationToken _) => Interlocked.Increment(ref runs);

        var first = await work.Get("shop", "count", Before, Compute);
        var again = await work.Get("shop", "count", Before, Compute);
        var otherShop = await work.Get("other", "count", Before, Compute);
        var changed = await work.Get("shop", "count", After, Compute);

        Assert.Equal(1, first);
        Assert.Equal(1, again);
        Assert.Equal(2, otherShop);
        Assert.Equal(3, changed);
        Assert.Equal(3, runs);
    }

    [Fact]
    public async Task A_failure_is_kept_with_the_engine_s_reason_until_the_data_changes()
    {
        var work = new DashboardWork(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<DashboardWork>.Instance);

        var failed = work.Get<int>("shop", "fit", Before, _ => throw new ArgumentException("No spend to fit."));
        Assert.True(await DashboardWork.ReadyAsync(failed));

        Assert.Equal("No spend to fit.", DashboardWork.Failure(failed));
        Assert.Same(failed, work.Get<int>("shop", "fit", Before, _ => 1));
        var retried = work.Get("shop", "fit", After, _ => 1);
        Assert.Equal(1, await retried);
        Assert.Null(DashboardWork.Failure(retried));
    }

    [Fact]
    public async Task Unexpected_errors_are_not_shown_to_the_owner_in_detail()
    {
        var work = new DashboardWork(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<DashboardWork>.Instance);

        var failed = work.Get<int>("shop", "fit", Before, _ => throw new IOException("/secret/path/tailor.db is locked"));
        await DashboardWork.ReadyAsync(failed);

        Assert.Equal("The computation failed unexpectedly (IOException); the server log has the details.", DashboardWork.Failure(failed));
    }
}
