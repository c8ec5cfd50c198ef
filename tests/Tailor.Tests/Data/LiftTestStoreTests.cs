using Tailor.Marketing;

namespace Tailor.Tests.Data;

/// <summary>Stored lift tests in a real SQLite file: saved, replaced by channel and period, read back, deleted, per shop.</summary>
public sealed class LiftTestStoreTests : IDisposable
{
    private readonly TempStore _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_test_is_replaced_by_one_of_the_same_channel_and_period_and_can_be_deleted()
    {
        var start = new DateOnly(2025, 10, 1);
        var social = new LiftTest("social", start, start.AddDays(27), 6.5, 2.1);
        var search = new LiftTest("search", start, start.AddDays(20), 310.25, 95, MarketingOutcome.Revenue);
        _db.Store.SaveLiftTest(_db.ShopId, social);
        _db.Store.SaveLiftTest(_db.ShopId, search);
        _db.Store.SaveLiftTest(_db.ShopId, social with { Incremental = 7.25 });

        Assert.Equal([search, social with { Incremental = 7.25 }], _db.Store.ReadLiftTests(_db.ShopId));
        Assert.Empty(_db.Store.ReadLiftTests("another-shop"));

        Assert.True(_db.Store.DeleteLiftTest(_db.ShopId, "social", start, start.AddDays(27)));
        Assert.False(_db.Store.DeleteLiftTest(_db.ShopId, "social", start, start.AddDays(27)));
        Assert.Equal([search], _db.Store.ReadLiftTests(_db.ShopId));
        Assert.Throws<ArgumentException>(() => _db.Store.SaveLiftTest(_db.ShopId, social with { StandardError = 0 }));
    }
}
