using Tailor.Experiments;
using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

/// <summary>A holdout experiment run with Tailor's experiments becomes a lift test for the response curves, over a real SQLite store.</summary>
public sealed class HoldoutLiftTestTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempStore _db = new();
    private readonly ExperimentService _service;

    public HoldoutLiftTestTests() => _service = new ExperimentService(_db.Store);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void The_difference_per_customer_times_the_customers_over_the_days_is_the_channels_daily_revenue()
    {
        _service.Create(_db.ShopId, new ExperimentSpec("email-holdout", ExperimentVariant.ParseList("holdout:50,emailed:50"), ExperimentMetric.Revenue), T0);
        var values = new Dictionary<string, List<double>> { ["holdout"] = [], ["emailed"] = [] };
        for (var i = 0; i < 1000; i++)
        {
            var customer = $"C{i}";
            var variant = _service.Assign(_db.ShopId, "email-holdout", customer, T0.AddMinutes(i)).Variant;

            // Emailed customers buy more often: every 4th against every 6th, for 20 + i % 7.
            var value = i % (variant == "emailed" ? 4 : 6) == 0 ? 20 + (i % 7) : 0.0;
            if (value > 0)
            {
                _service.RecordOutcome(_db.ShopId, "email-holdout", customer, value, T0.AddDays(3), $"o{i}");
            }

            values[variant].Add(value);
        }

        var report = _service.Report(_db.ShopId, "email-holdout", T0.AddDays(30));
        var test = HoldoutLiftTest.From(_service.Get(_db.ShopId, "email-holdout"), report, "email", new DateOnly(2025, 5, 28));

        // By hand: Welch's difference of means and its standard error, times 1,000 customers over 28 days.
        static (double Mean, double Variance, int N) Moments(List<double> x)
        {
            var mean = x.Average();
            return (mean, x.Sum(v => (v - mean) * (v - mean)) / (x.Count - 1), x.Count);
        }

        var (exposedMean, exposedVariance, exposedN) = Moments(values["emailed"]);
        var (holdoutMean, holdoutVariance, holdoutN) = Moments(values["holdout"]);
        var standardError = Math.Sqrt((exposedVariance / exposedN) + (holdoutVariance / holdoutN));
        Assert.Equal("email", test.Channel);
        Assert.Equal(new DateOnly(2025, 5, 1), test.Start);
        Assert.Equal(new DateOnly(2025, 5, 28), test.End);
        Assert.Equal(MarketingOutcome.Revenue, test.Outcome);
        Assert.Equal((exposedMean - holdoutMean) * 1000 / 28, test.Incremental, 9);
        Assert.Equal(standardError * 1000 / 28, test.StandardError, 6);
    }

    [Fact]
    public void Only_two_variants_with_exposures_in_both_make_a_holdout_test()
    {
        _service.Create(_db.ShopId, new ExperimentSpec("three", ExperimentVariant.ParseList("A,B,C")), T0);
        _service.Create(_db.ShopId, new ExperimentSpec("empty", ExperimentVariant.ParseList("holdout,exposed")), T0);

        var three = Assert.Throws<ArgumentException>(() => HoldoutLiftTest.From(_service.Get(_db.ShopId, "three"), _service.Report(_db.ShopId, "three", T0.AddDays(1)), "email"));
        var empty = Assert.Throws<ArgumentException>(() => HoldoutLiftTest.From(_service.Get(_db.ShopId, "empty"), _service.Report(_db.ShopId, "empty", T0.AddDays(1)), "email"));

        Assert.Contains("3 variants", three.Message, StringComparison.Ordinal);
        Assert.Contains("2 exposures", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcomes_without_spread_give_no_standard_error_and_no_test()
    {
        _service.Create(_db.ShopId, new ExperimentSpec("flat", ExperimentVariant.ParseList("holdout,emailed"), ExperimentMetric.Revenue), T0);
        for (var i = 0; i < 40; i++)
        {
            var variant = _service.Assign(_db.ShopId, "flat", $"C{i}", T0.AddMinutes(i)).Variant;
            _service.RecordOutcome(_db.ShopId, "flat", $"C{i}", variant == "emailed" ? 30 : 20, T0.AddDays(1), $"o{i}");
        }

        var flat = Assert.Throws<ArgumentException>(() => HoldoutLiftTest.From(_service.Get(_db.ShopId, "flat"), _service.Report(_db.ShopId, "flat", T0.AddDays(2)), "email"));

        Assert.Contains("no spread", flat.Message, StringComparison.Ordinal);
    }
}
