using Tailor.Customers;
using Tailor.Data;
using Tailor.Simulation;

namespace Tailor.Tests.Customers;

public sealed class CustomerAnalyticsTests : IDisposable
{
    private static readonly SimulatedShop Shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 600, Items = 60, Days = 540, Seed = 5 });

    private readonly TempStore _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Every_consenting_buyer_gets_segments_a_cluster_clv_and_churn_risk_that_agree_with_the_parts()
    {
        var (report, customers) = CustomerAnalytics.Analyse(Shop.Data, new CustomerAnalyticsOptions());

        var buyers = TransactionSummary.Purchases(Shop.Orders).Select(p => p.Customer).ToHashSet(StringComparer.Ordinal);
        var consenting = Shop.Customers.Where(c => c.Consent.Analytics).Select(c => c.ExternalId).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(buyers.Intersect(consenting).Order(StringComparer.Ordinal), customers.Select(c => c.CustomerId));
        Assert.Equal(Shop.Customers.Count - consenting.Count, report.WithoutAnalyticsConsent);
        Assert.Empty(report.Notes);

        // Each preset's segment sizes add up to the customers analysed, and every named segment is listed.
        foreach (var preset in new[] { SegmentPreset.Rfm11, SegmentPreset.Rf10, SegmentPreset.Clusters })
        {
            var segments = report.Segments.Where(s => s.Preset == preset).ToList();
            Assert.Equal(customers.Count, segments.Sum(s => s.Customers));
            Assert.All(segments, s => Assert.False(string.IsNullOrWhiteSpace(s.Description), $"{preset} {s.Name} has no description"));
        }

        Assert.Equal(RfmPresets.Rfm11.Select(r => r.Name).Order(), report.Segments.Where(s => s.Preset == SegmentPreset.Rfm11 && s.Name != "Others").Select(s => s.Name).Order());
        Assert.Equal(report.Clusters.Count, report.Segments.Count(s => s.Preset == SegmentPreset.Clusters));

        // CLV is what the parts give on their own, for the same customer.
        var weeks = TransactionSummary.FromOrders(Shop.Orders.Where(o => o.CustomerId is not null && consenting.Contains(o.CustomerId)), report.AsOf, TimeUnit.Week);
        var direct = CustomerLifetimeValue.Compute(report.BgNbd!, report.GammaGamma!, weeks);
        Assert.Equal(direct.Select(v => v.LifetimeValue), customers.Select(c => c.Value!.LifetimeValue));

        // Churn risk is a probability for everyone, and higher for those the truth says dropped out.
        Assert.All(customers, c => Assert.InRange(c.Churn!.Probability, 0, 1));
        var dropped = customers.Where(c => Shop.Truth.Customer(c.CustomerId).DropoutAt is not null).Average(c => c.Churn!.Probability);
        var active = customers.Where(c => Shop.Truth.Customer(c.CustomerId).DropoutAt is null).Average(c => c.Churn!.Probability);
        Assert.True(dropped > active + 0.2, $"mean churn risk of dropped-out customers {dropped:F2}, of active ones {active:F2}");
        Assert.Equal(3, report.ChurnQuality.Count);
        Assert.Equal(report.ChurnQuality[0].Auc >= report.ChurnQuality[2].Auc ? "trees" : "bgnbd", report.ChurnModel);
    }

    [Fact]
    public void Customers_without_analytics_consent_leave_no_trace_in_the_results()
    {
        var withdrawn = Shop.Customers.Where(c => c.Consent.Analytics).Take(50).Select(c => c.ExternalId).ToHashSet(StringComparer.Ordinal);
        var data = Shop.Data with
        {
            Customers = Shop.Customers.Select(c => withdrawn.Contains(c.ExternalId) ? c with { Consent = c.Consent with { Analytics = false } } : c).ToList(),
        };

        var (report, customers) = CustomerAnalytics.Analyse(data, new CustomerAnalyticsOptions());

        Assert.DoesNotContain(customers, c => withdrawn.Contains(c.CustomerId));
        Assert.Equal(customers.Count, report.Customers);
        Assert.Equal(Shop.Customers.Count(c => !c.Consent.Analytics) + withdrawn.Count, report.WithoutAnalyticsConsent);
    }

    [Fact]
    public void Stored_results_read_back_and_vanish_with_erasure_or_withdrawn_consent()
    {
        ShopDataWriter.Write(_db.Store, _db.ShopId, Shop.Data);
        var (version, report) = CustomerAnalytics.TrainAndStore(_db.Store, _db.ShopId, new CustomerAnalyticsOptions())!.Value;
        var (_, expected) = CustomerAnalytics.Analyse(Shop.Data, new CustomerAnalyticsOptions());
        var someone = expected.First(c => c.Churn!.Drivers.Count > 0 || c.Churn.Model == "bgnbd");

        var read = _db.Store.ReadCustomerInsight(_db.ShopId, someone.CustomerId)!;
        Assert.Equal(someone.Rfm, read.Rfm);
        Assert.Equal(someone.Cluster, read.Cluster);
        Assert.Equal(someone.Value, read.Value);
        Assert.Equal(someone.Churn!.Probability, read.Churn!.Probability);
        Assert.Equal(someone.Churn.Drivers, read.Churn.Drivers);
        Assert.Equal(report, CustomerAnalytics.ReadReport(_db.Store.LoadLatestModel(_db.ShopId, CustomerAnalytics.ModelKind)!.Artefact) with
        {
            Segments = report.Segments, Clusters = report.Clusters, MicroSegments = report.MicroSegments, ChurnQuality = report.ChurnQuality, Notes = report.Notes,
        });

        var counts = _db.Store.CountCustomerInsights(_db.ShopId, SegmentPreset.Rfm11);
        Assert.Equal(expected.Count, counts.Values.Sum());
        var segment = someone.Rfm.Rfm11;
        var first = _db.Store.ReadCustomerInsights(_db.ShopId, new CustomerInsightQuery(SegmentPreset.Rfm11, segment, 0, 5, false));
        var second = _db.Store.ReadCustomerInsights(_db.ShopId, new CustomerInsightQuery(SegmentPreset.Rfm11, segment, 5, 5, false));
        Assert.Equal(version, first.Version);
        Assert.Equal(counts[segment], first.Total);
        Assert.Empty(first.Customers.Select(c => c.CustomerId).Intersect(second.Customers.Select(c => c.CustomerId)));
        Assert.All(first.Customers.Concat(second.Customers), c => Assert.Equal(segment, c.Rfm.Rfm11));
        var emailable = _db.Store.ReadCustomerInsights(_db.ShopId, new CustomerInsightQuery(SegmentPreset.Rfm11, segment, 0, 10_000, true));
        var consent = _db.Store.ReadCustomers(_db.ShopId).ToDictionary(c => c.ExternalId, c => c.Consent);
        Assert.Equal(expected.Count(c => c.Rfm.Rfm11 == segment && consent[c.CustomerId].EmailMarketing), emailable.Total);

        Assert.True(_db.Store.EraseCustomer(_db.ShopId, someone.CustomerId));
        var other = expected.First(c => c.CustomerId != someone.CustomerId);
        _db.Store.UpdateConsent(_db.ShopId, other.CustomerId, consent[other.CustomerId] with { Analytics = false });

        Assert.Null(_db.Store.ReadCustomerInsight(_db.ShopId, someone.CustomerId));
        Assert.Null(_db.Store.ReadCustomerInsight(_db.ShopId, other.CustomerId));
        Assert.Equal(expected.Count - 2, _db.Store.CountCustomerInsights(_db.ShopId, SegmentPreset.Rf10).Values.Sum());
        Assert.Equal(expected.Count - 1, RowsInTable());
    }

    [Fact]
    public void A_new_version_replaces_the_rows_of_the_old_one_and_a_shop_without_purchases_stores_nothing()
    {
        Assert.Null(CustomerAnalytics.TrainAndStore(_db.Store, _db.ShopId, new CustomerAnalyticsOptions()));
        ShopDataWriter.Write(_db.Store, _db.ShopId, Shop.Data);
        var first = CustomerAnalytics.TrainAndStore(_db.Store, _db.ShopId, new CustomerAnalyticsOptions())!.Value;
        var rows = RowsInTable();
        var second = CustomerAnalytics.TrainAndStore(_db.Store, _db.ShopId, new CustomerAnalyticsOptions())!.Value;

        Assert.Equal(first.Version + 1, second.Version);
        Assert.Equal(rows, RowsInTable());
        Assert.Equal(first.Report.Customers, rows);
    }

    private long RowsInTable()
    {
        using var connection = _db.Store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM customer_insights";
        return (long)command.ExecuteScalar()!;
    }
}
