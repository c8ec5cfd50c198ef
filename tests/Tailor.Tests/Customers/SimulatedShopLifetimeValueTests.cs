using Tailor.Customers;
using Tailor.Tests.Simulation;
using Xunit.Abstractions;

namespace Tailor.Tests.Customers;

[Collection(SimulatedShopCollection.Name)]
public class SimulatedShopLifetimeValueTests(SimulatedShopFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Fit_on_the_simulated_shops_orders_lands_near_its_purchase_process()
    {
        var end = fixture.Shop.Orders.Max(o => o.Timestamp);
        var summaries = TransactionSummary.FromOrders(fixture.Shop.Orders, end);
        var model = BgNbdFitter.Fit(summaries);
        var truth = fixture.Truth.PurchaseProcess;
        output.WriteLine($"fit r {model.R:F3} alpha {model.Alpha:F2} a {model.A:F3} b {model.B:F3}; truth {truth}");

        // The shop is not a pure BG/NBD world (seasonality, marketing lifts, email orders, and a
        // history before the period for the initial customers), so only the broad shape must hold.
        Assert.True(model.Converged);
        Assert.InRange(model.R / model.Alpha / truth.MeanRate, 0.7, 1.6);
        Assert.InRange(model.A / (model.A + model.B) / truth.MeanDropoutProbability, 0.5, 1.6);
    }

    [Fact]
    public void Probability_alive_separates_customers_who_dropped_out()
    {
        var end = fixture.Shop.Orders.Max(o => o.Timestamp);
        var summaries = TransactionSummary.FromOrders(fixture.Shop.Orders, end);
        var model = BgNbdFitter.Fit(summaries);
        var alive = new List<double>();
        var dead = new List<double>();
        foreach (var customer in summaries.Where(c => c.Frequency > 0))
        {
            (fixture.Truth.Customer(customer.CustomerId).DropoutAt is null ? alive : dead).Add(model.ProbabilityAlive(customer));
        }

        // AUC: the chance that a customer still active scores above one who dropped out.
        var auc = Auc(alive, dead);
        output.WriteLine($"AUC {auc:F3} over {alive.Count} active and {dead.Count} dropped customers");
        Assert.True(dead.Count > 100);
        Assert.True(auc > 0.8, $"AUC {auc:F3}");
    }

    [Fact]
    public void Clusters_and_micro_segments_of_the_simulated_shop_are_described()
    {
        var end = fixture.Shop.Orders.Max(o => o.Timestamp);
        var behaviours = CustomerBehaviourBuilder.FromOrders(fixture.Shop.Orders, fixture.Shop.Items, end);
        var clusters = BehaviourClustering.Fit(behaviours);
        foreach (var cluster in clusters.Clusters)
        {
            output.WriteLine($"{cluster.Id}: {cluster.Size} {cluster.Description} (median {cluster.MedianDaysSinceLastPurchase} days, {cluster.MedianPurchaseDays} purchase days, {cluster.MedianSpend:F0} spent)");
        }

        output.WriteLine(string.Join(", ", clusters.SilhouetteByK.Select(kv => $"k={kv.Key}: {kv.Value:F3}")));
        Assert.InRange(clusters.K, 2, 8);
        Assert.Equal(behaviours.Count, clusters.Assignments.Count);
        Assert.Equal(behaviours.Count, clusters.Clusters.Sum(c => c.Size));
        Assert.Contains(clusters.Features, f => f.StartsWith("category:", StringComparison.Ordinal));
        Assert.Contains(clusters.Features, f => f.StartsWith("channel:", StringComparison.Ordinal));

        var summaries = TransactionSummary.FromOrders(fixture.Shop.Orders, end);
        var micro = MicroSegments.Count(RfmScorer.ScoreSummaries(summaries), behaviours);
        output.WriteLine(string.Join("; ", micro.Take(8).Select(m => $"{m.Segment} x {m.Category}: {m.Size}")));
        Assert.Equal(summaries.Count, micro.Sum(m => m.Size));
    }

    private static double Auc(List<double> positives, List<double> negatives)
    {
        double wins = 0;
        foreach (var p in positives)
        {
            foreach (var n in negatives)
            {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }

        return wins / ((double)positives.Count * negatives.Count);
    }
}
