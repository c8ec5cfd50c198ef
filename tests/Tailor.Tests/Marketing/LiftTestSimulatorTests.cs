using Tailor.Simulation;

namespace Tailor.Tests.Marketing;

/// <summary>The simulator's holdout experiments measure the true incremental orders, and their standard errors are honest.</summary>
public class LiftTestSimulatorTests(MarketingScenarioFixture fixture) : IClassFixture<MarketingScenarioFixture>
{
    [Theory]
    [InlineData("search")]
    [InlineData("video")]
    public void Holdout_tests_are_unbiased_and_their_standard_errors_match_their_spread(string channel)
    {
        var truth = fixture.Truth;
        var start = truth.Days[^60].Date;
        var expected = LiftTestSimulator.TrueIncremental(truth, channel, start, 28);
        var rng = new Random(11);

        var tests = Enumerable.Range(0, 2000).Select(_ => LiftTestSimulator.Holdout(truth, channel, start, 28, 0.5, rng)).ToList();

        var mean = tests.Average(t => t.Incremental);
        var spread = Math.Sqrt(tests.Sum(t => (t.Incremental - mean) * (t.Incremental - mean)) / (tests.Count - 1));
        var reported = tests.Average(t => t.StandardError);
        Assert.InRange(mean, expected - (4 * spread / Math.Sqrt(tests.Count)), expected + (4 * spread / Math.Sqrt(tests.Count)));
        Assert.InRange(spread / reported, 0.9, 1.1);
        Assert.All(tests, t => Assert.Equal(start.AddDays(27), t.End));
    }

    [Fact]
    public void Unknown_channels_and_windows_outside_the_period_are_rejected()
    {
        var truth = fixture.Truth;
        var rng = new Random(1);

        Assert.Throws<ArgumentException>(() => LiftTestSimulator.Holdout(truth, "radio", truth.Days[100].Date, 28, 0.5, rng));
        Assert.Throws<ArgumentOutOfRangeException>(() => LiftTestSimulator.Holdout(truth, "search", truth.Days[^10].Date, 28, 0.5, rng));
        Assert.Throws<ArgumentException>(() => LiftTestSimulator.Holdout(truth, "search", truth.Days[100].Date, 28, 1, rng));
    }
}
