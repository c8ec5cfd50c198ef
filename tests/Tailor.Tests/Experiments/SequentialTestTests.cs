using Tailor.Experiments;
using Tailor.Simulation;
using Xunit.Abstractions;

namespace Tailor.Tests.Experiments;

/// <summary>mSPRT (Johari et al. 2017) by hand, against GrowthBook's interval, and under continuous peeking.</summary>
public sealed class SequentialTestTests(ITestOutputHelper output)
{
    [Fact]
    public void The_p_value_is_one_over_the_mixture_likelihood_ratio()
    {
        // d = 0.02, V = 1e-4, tau^2 = 1e-3: Lambda = sqrt(1e-4 / 1.1e-3) exp(1e-3 * 4e-4 / (2 * 1e-4 * 1.1e-3))
        //   = 0.30151134 * exp(1.81818182) = 1.8574834; p = 1 / Lambda = 0.538356563 (computed in Python).
        var result = SequentialTest.Evaluate(0.02, 1e-4, 1e-3, 0.05);

        Assert.Equal(0.5383565630313575, result.PValue, 1e-12);
        Assert.Equal(1, SequentialTest.Evaluate(0, 1e-4, 1e-3, 0.05).PValue);
    }

    [Fact]
    public void The_interval_holds_the_true_differences_the_test_does_not_reject()
    {
        // Testing "true difference = the interval's end" with the same V and tau^2 gives exactly p = alpha.
        var result = SequentialTest.Evaluate(0.01, 2e-5, 5e-4, 0.05);
        double half = result.Upper - 0.01;

        Assert.Equal(0.05, SequentialTest.Evaluate(half, 2e-5, 5e-4, 0.05).PValue, 1e-9);
        Assert.Equal(0.05, SequentialTest.Evaluate(-half, 2e-5, 5e-4, 0.05).PValue, 1e-9);
        Assert.Equal(0.01, (result.Lower + result.Upper) / 2, 1e-12);
    }

    [Fact]
    public void With_the_tuned_mixing_variance_the_interval_is_growthbooks()
    {
        // GrowthBook (gbstats SequentialTwoSidedTTest, eq. 9 of Waudby-Smith et al. 2023): with N subjects,
        // s2 = V N and rho^2 = (-2 log a + log(-2 log a + 1)) / N*, the half-width is
        // sqrt(s2) sqrt(2 (N rho^2 + 1) log(sqrt(N rho^2 + 1) / a) / (N rho)^2).
        const double v = 3e-5;
        const long n = 12_000;
        const double alpha = 0.05;
        double rho2 = ((-2 * Math.Log(alpha)) + Math.Log((-2 * Math.Log(alpha)) + 1)) / 5000;
        double s2 = v * n;
        double growthBook = Math.Sqrt(s2) * Math.Sqrt(2 * ((n * rho2) + 1) * Math.Log(Math.Sqrt((n * rho2) + 1) / alpha) / (n * n * rho2));

        var result = SequentialTest.Evaluate(0.004, v, SequentialTest.TunedMixingVariance(v, n, 5000, alpha), alpha);

        Assert.Equal(growthBook, result.Upper - 0.004, 1e-12);
    }

    [Fact]
    public void Continuous_peeking_keeps_the_sequential_false_positive_rate_below_alpha_and_inflates_the_naive_one()
    {
        // 1,000 A/A experiments (both arms convert at 10%), read after every batch of 100 subjects per arm
        // for 50 batches (5,000 per arm). A false positive is any look with p < 0.05. Monte Carlo s.e. of
        // a rate near 0.05 is 0.007. The naive z test peeked 50 times is known to reject ~25-30% of the time.
        const double alpha = 0.05;

        var rates = ExperimentSimulator.Peeking(0.1, 0.1, experiments: 1000, looks: 50, batch: 100, alpha, seed: 20170101);

        output.WriteLine($"false-positive rate under 50 looks: mSPRT {rates.Sequential:P1}, naive z {rates.Naive:P1}, z read once {rates.FinalLookOnly:P1}");
        Assert.True(rates.Sequential <= alpha, $"mSPRT false-positive rate {rates.Sequential:P1} under peeking exceeds {alpha:P0}");
        Assert.True(rates.Naive >= 2 * alpha, $"the naive z test peeked 50 times rejected only {rates.Naive:P1}; peeking should inflate it well past {alpha:P0}");
        // Read once, as planned, the fixed-horizon test holds its level (binomial 1000 x 0.05: 50 +/- 7).
        Assert.InRange(rates.FinalLookOnly, 0.03, 0.07);
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => SequentialTest.Evaluate(0.1, 1e-3, 0, 0.05));
        Assert.Throws<ArgumentException>(() => SequentialTest.Evaluate(0.1, -1, 1e-3, 0.05));
        Assert.Throws<ArgumentException>(() => SequentialTest.Evaluate(0.1, 1e-3, 1e-3, 1));
    }
}
