using Tailor.Customers;
using Tailor.Data;
using Tailor.Data.Csv;
using Xunit.Abstractions;

namespace Tailor.Tests.Customers;

/// <summary>Issue 5's churn protocol on Online Retail: cut-off 2011-06-01, horizon 90 days, trained on outcomes known by then.</summary>
public sealed class OnlineRetailChurnTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempStore _db = new();

    public void Dispose() => _db.Dispose();

    [OnlineRetailFact]
    public void Trees_beat_recency_and_bgnbd_on_the_issue_cut_off()
    {
        new CsvImporter(_db.Store).Import(_db.ShopId, DataKind.Orders, SharedData.OnlineRetailPath!, ImportFormat.OnlineRetail);
        var history = ChurnHistory.From(_db.Store.ReadOrders(_db.ShopId));

        var evaluation = ChurnPropensity.Evaluate(history, new DateTimeOffset(2011, 6, 1, 0, 0, 0, TimeSpan.Zero), new ChurnOptions());

        output.WriteLine($"trees {evaluation.Boosted.Auc:F4} (log-loss {evaluation.Boosted.LogLoss:F4}), recency {evaluation.Recency.Auc:F4}, BG/NBD {evaluation.BgNbd.Auc:F4} (log-loss {evaluation.BgNbd.LogLoss:F4})");
        Assert.InRange(evaluation.TestCustomers, 2500, 3000);
        Assert.True(evaluation.Boosted.Auc > evaluation.Recency.Auc, $"trees {evaluation.Boosted.Auc:F4} vs recency {evaluation.Recency.Auc:F4}");
        Assert.True(evaluation.Boosted.Auc > evaluation.BgNbd.Auc, $"trees {evaluation.Boosted.Auc:F4} vs BG/NBD {evaluation.BgNbd.Auc:F4}");
    }
}
