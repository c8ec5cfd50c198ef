using Tailor.Customers;
using Tailor.Data;
using Tailor.Data.Sqlite;
using Tailor.Recommend.Training;
using Tailor.Server.Serving;
using Tailor.Simulation;

namespace Tailor.Server.Tests;

/// <summary>After a training the caches load the new version at once (Refresh), not at their next periodic check.</summary>
public sealed class ModelCacheRefreshTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tailor-cache-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteStore _store;

    public ModelCacheRefreshTests()
    {
        Directory.CreateDirectory(_directory);
        _store = SqliteStore.Open(Path.Combine(_directory, "tailor.db"));
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { ShopId = "default", Customers = 150, Items = 40, Days = 200, Seed = 3 });
        _store.EnsureShop(shop.Shop);
        ShopDataWriter.Write(_store, "default", shop.Data);
    }

    /// <summary>A clock that never moves, so the periodic check never comes due by itself.</summary>
    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    [Fact]
    public void The_recommender_cache_keeps_its_version_until_the_check_and_refresh_loads_the_new_one()
    {
        var cache = new RecommenderCache(_store, new StoppedClock());
        var first = RecommenderTraining.TrainAndStore(_store, "default", new RecommenderTrainingOptions()).Version;
        Assert.Equal(first, cache.Get("default")!.Version);

        var second = RecommenderTraining.TrainAndStore(_store, "default", new RecommenderTrainingOptions()).Version;

        Assert.Equal(first, cache.Get("default")!.Version);
        Assert.Equal(second, cache.Refresh("default")!.Version);
        Assert.Equal(second, cache.Get("default")!.Version);
    }

    [Fact]
    public void The_customer_analytics_cache_keeps_its_version_until_the_check_and_refresh_loads_the_new_one()
    {
        var cache = new CustomerAnalyticsCache(_store, new StoppedClock());
        Assert.Null(cache.Get("default"));
        var first = CustomerAnalytics.TrainAndStore(_store, "default", new CustomerAnalyticsOptions())!.Value.Version;

        Assert.Null(cache.Get("default"));
        Assert.Equal(first, cache.Refresh("default")!.Version);

        var second = CustomerAnalytics.TrainAndStore(_store, "default", new CustomerAnalyticsOptions())!.Value.Version;
        Assert.Equal(first, cache.Get("default")!.Version);
        Assert.Equal(second, cache.Refresh("default")!.Version);
    }

    public void Dispose()
    {
        _store.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
