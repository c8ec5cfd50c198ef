using Tailor.Data;
using Tailor.Experiments;
using Xunit.Abstractions;

namespace Tailor.Tests.Experiments;

/// <summary>The experiment workflow over a real SQLite store.</summary>
public sealed class ExperimentServiceTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempStore _db = new();
    private readonly ExperimentService _service;
    private readonly ITestOutputHelper _output;

    public ExperimentServiceTests(ITestOutputHelper output)
    {
        _service = new ExperimentService(_db.Store);
        _output = output;
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Assignment_is_sticky_logs_one_exposure_and_outcomes_feed_the_report()
    {
        _service.Create(_db.ShopId, new ExperimentSpec("subject-line", ExperimentVariant.ParseList("A:50,B:50")), T0);

        var first = _service.Assign(_db.ShopId, "subject-line", "C1", T0.AddMinutes(1));
        var again = _service.Assign(_db.ShopId, "subject-line", "C1", T0.AddMinutes(5));
        for (var i = 2; i <= 400; i++)
        {
            var a = _service.Assign(_db.ShopId, "subject-line", $"C{i}", T0.AddMinutes(i));
            if (i % (a.Variant == "B" ? 5 : 10) == 0)
            {
                Assert.True(_service.RecordOutcome(_db.ShopId, "subject-line", $"C{i}", 1, T0.AddHours(2), $"open-{i}"));
            }
        }

        var duplicate = _service.RecordOutcome(_db.ShopId, "subject-line", "C10", 1, T0.AddHours(2), "open-10");
        var report = _service.Report(_db.ShopId, "subject-line", T0.AddDays(1));

        Assert.True(first.FirstExposure);
        Assert.False(again.FirstExposure);
        Assert.Equal((first.Variant, first.ExposedAt), (again.Variant, again.ExposedAt));
        Assert.Equal(ExperimentHash.Assign("subject-line", "C1", [0.5, 0.5]) == 0 ? "A" : "B", first.Variant);
        Assert.False(duplicate);
        Assert.Equal(400, report.Exposures);
        Assert.Equal(report.Variants.Sum(v => v.Exposures), report.Exposures);
        var stored = _db.Store.ReadExperimentObservations(_db.ShopId, "subject-line", T0.AddDays(1), 14);
        Assert.Equal(stored.Count(o => o.Conversions > 0), report.Variants.Sum(v => v.Conversions));
        Assert.Equal(stored.Where(o => o.Variant == "B").Count(o => o.Conversions > 0), report.Variants[1].Conversions);
        Assert.NotNull(report.Variants[1].VersusControl);
    }

    [Fact]
    public void Unknown_experiments_taken_keys_and_outcomes_without_exposure_are_refused()
    {
        _service.Create(_db.ShopId, new ExperimentSpec("k", ExperimentVariant.ParseList("A,B")), T0);

        var taken = Assert.Throws<ExperimentException>(() => _service.Create(_db.ShopId, new ExperimentSpec("k", ExperimentVariant.ParseList("A,B")), T0));
        var unknown = Assert.Throws<ExperimentException>(() => _service.Assign(_db.ShopId, "nope", "C1", T0));
        var unexposed = Assert.Throws<ExperimentException>(() => _service.RecordOutcome(_db.ShopId, "k", "never-seen", 1, T0));
        var negative = Assert.Throws<ArgumentException>(() => _service.RecordOutcome(_db.ShopId, "k", "C1", -1, T0));

        Assert.Equal(ExperimentProblem.Conflict, taken.Problem);
        Assert.Equal(ExperimentProblem.NotFound, unknown.Problem);
        Assert.Equal(ExperimentProblem.Conflict, unexposed.Problem);
        Assert.Contains("never exposed", unexposed.Message, StringComparison.Ordinal);
        Assert.Equal("value", negative.ParamName);
    }

    [Fact]
    public void Orders_after_exposure_are_the_outcomes_and_orders_before_it_the_cuped_covariate()
    {
        _service.Create(_db.ShopId, new ExperimentSpec("recs", ExperimentVariant.ParseList("A,B"), ExperimentMetric.Revenue,
            Source: OutcomeSource.Orders, WindowHours: 72), T0);
        using (var session = _db.Store.BeginImport(_db.ShopId))
        {
            session.UpsertOrders([
                Order("before", "C1", T0.AddDays(-3), 40),       // pre-period (14 days before exposure)
                Order("long-before", "C1", T0.AddDays(-30), 99), // outside the pre-period
                Order("after", "C1", T0.AddHours(5), 25),
                Order("late", "C1", T0.AddHours(80), 70),        // outside the 72 h window
                Order("refund", "C2", T0.AddHours(6), -10),      // a negative order is no conversion
            ]);
            session.Commit();
        }

        _service.Assign(_db.ShopId, "recs", "C1", T0);
        _service.Assign(_db.ShopId, "recs", "C2", T0);
        _service.Assign(_db.ShopId, "recs", "anonymous-7", T0);
        var rows = _db.Store.ReadExperimentObservations(_db.ShopId, "recs", T0.AddDays(10), 14).ToDictionary(o => o.Subject);
        var logged = Assert.Throws<ExperimentException>(() => _service.RecordOutcome(_db.ShopId, "recs", "C1", 5, T0));

        Assert.Equal((25.0, 1, 40.0, 1), (rows["C1"].Total, rows["C1"].Conversions, rows["C1"].PrePeriodTotal, rows["C1"].PrePeriodConversions));
        Assert.Equal((-10.0, 0), (rows["C2"].Total, rows["C2"].Conversions));
        Assert.Equal((0.0, 0, 0.0), (rows["anonymous-7"].Total, rows["anonymous-7"].Conversions, rows["anonymous-7"].PrePeriodTotal));
        Assert.Contains("orders", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Erasing_a_customer_erases_their_exposures_and_outcomes()
    {
        _service.Create(_db.ShopId, new ExperimentSpec("erase", ExperimentVariant.ParseList("A,B")), T0);
        using (var session = _db.Store.BeginImport(_db.ShopId))
        {
            session.UpsertCustomers([new Customer("C9", T0.AddDays(-1), null, null, null, Consent.Default)]);
            session.Commit();
        }

        _service.Assign(_db.ShopId, "erase", "C9", T0);
        _service.Assign(_db.ShopId, "erase", "C10", T0);
        _service.RecordOutcome(_db.ShopId, "erase", "C9", 1, T0.AddHours(1));

        Assert.True(_db.Store.EraseCustomer(_db.ShopId, "C9"));

        Assert.Null(_db.Store.FindAssignment(_db.ShopId, "erase", "C9"));
        Assert.NotNull(_db.Store.FindAssignment(_db.ShopId, "erase", "C10"));
        Assert.Equal(["C10"], _db.Store.ReadExperimentObservations(_db.ShopId, "erase", T0.AddDays(1), 14).Select(o => o.Subject));
    }

    [Fact]
    public void A_stopped_experiment_logs_no_new_exposures_and_serves_the_winner()
    {
        _service.Create(_db.ShopId, new ExperimentSpec("stop-me", ExperimentVariant.ParseList("A,B,C")), T0);
        var before = _service.Assign(_db.ShopId, "stop-me", "C1", T0);

        var stopped = _service.Stop(_db.ShopId, "stop-me", "C");
        var old = _service.Assign(_db.ShopId, "stop-me", "C1", T0.AddHours(1));
        var fresh = _service.Assign(_db.ShopId, "stop-me", "C2", T0.AddHours(1));

        Assert.Equal(ExperimentStatus.Stopped, stopped.Status);
        Assert.Equal(before.Variant, old.Variant);
        Assert.Equal(("C", (DateTimeOffset?)null, false), (fresh.Variant, fresh.ExposedAt, fresh.FirstExposure));
        Assert.Equal(1, _service.Report(_db.ShopId, "stop-me", T0.AddDays(1)).Exposures);
        Assert.Equal("winner", Assert.Throws<ArgumentException>(() => _service.Stop(_db.ShopId, "stop-me", "Z")).ParamName);
    }

    [Fact]
    public void A_bandit_in_the_store_moves_its_weights_hourly_after_burn_in_and_keeps_their_history()
    {
        // Arm C converts at 20%, A and B at 5%: after 20 exposures per arm the hourly update moves traffic to C.
        var service = new ExperimentService(_db.Store, new ExperimentOptions { BanditBurnInExposures = 20 });
        double[] truth = [0.05, 0.05, 0.2];
        service.Create(_db.ShopId, new ExperimentSpec("bandit", ExperimentVariant.ParseList("A,B,C"), Bandit: true), T0);
        var random = new Random(5);
        var customer = 0;
        for (var hour = 0; hour < 8; hour++)
        {
            for (var i = 0; i < 60; i++)
            {
                var id = $"C{customer++}";
                var at = T0.AddHours(hour).AddSeconds(i);
                var variant = service.Assign(_db.ShopId, "bandit", id, at).Variant;
                if (random.NextDouble() < truth[variant[0] - 'A'])
                {
                    service.RecordOutcome(_db.ShopId, "bandit", id, 1, at.AddMinutes(1));
                }
            }
        }

        var experiment = service.Get(_db.ShopId, "bandit");
        var history = _db.Store.ReadExperimentWeights(_db.ShopId, "bandit");
        var report = service.Report(_db.ShopId, "bandit", T0.AddHours(9));
        _output.WriteLine($"weights {string.Join(", ", experiment.Weights)}; exposures {string.Join(", ", report.Variants.Select(v => v.Exposures))}");

        Assert.Equal(8, history.Count); // created, then one update at each of hours 1 to 7
        Assert.Equal([1 / 3.0, 1 / 3.0, 1 / 3.0], history[0].Weights);
        Assert.Equal(history[^1].Weights, experiment.Weights);
        Assert.True(experiment.Weights[2] > 0.5, $"weights {string.Join(", ", experiment.Weights)}");
        Assert.False(report.Srm.Mismatch, $"SRM p = {report.Srm.PValue}");
    }

    [Fact]
    public void An_experiment_from_before_the_weight_history_keeps_its_created_weights()
    {
        using var old = new TempStore(upToMigration: "V0003__api_keys.sql");
        using (var connection = old.Store.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO experiments (shop_id, key, variants, metric, status, created_at)
                VALUES ('default', 'legacy', '[{"name":"A","weight":1},{"name":"B","weight":3}]', 'conversion', 'running', 0)
                """;
            command.ExecuteNonQuery();
        }

        old.Reopen();
        var experiment = new ExperimentService(old.Store).Get(old.ShopId, "legacy");

        Assert.Equal([0.25, 0.75], experiment.Weights);
        Assert.False(experiment.Bandit);
        Assert.Equal(OutcomeSource.Logged, experiment.Source);
    }

    private static Order Order(string id, string customer, DateTimeOffset at, decimal amount) =>
        new(id, customer, at, null, null, [new OrderLine(1, "I1", amount < 0 ? -1 : 1, Math.Abs(amount))]);
}
