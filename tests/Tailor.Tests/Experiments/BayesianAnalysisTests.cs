using MathNet.Numerics.Distributions;
using Tailor.Experiments;

namespace Tailor.Tests.Experiments;

/// <summary>P(best) and expected loss against numerical integration in R 4.2.2 and against each other.</summary>
public sealed class BayesianAnalysisTests
{
    [Fact]
    public void Two_arm_beta_closed_form_matches_numerical_integration()
    {
        // 200/2000 vs 250/2000 with a uniform prior: A ~ Beta(201, 1801), B ~ Beta(251, 1751). R:
        //   integrate(function(x) dbeta(x, 251, 1751) * pbeta(x, 201, 1801), 0, 1)           = 0.9938143483
        //   E[max(A - B, 0)] = integral of dbeta(b, 251, 1751) (muA (1 - pbeta(b, 202, 1801)) - b (1 - pbeta(b, 201, 1801)))
        //                                                                                     = 1.997636707e-05
        //   E[max(B - A, 0)] likewise                                                          = 0.02499500134
        var result = BayesianAnalysis.Beta([200, 250], [2000, 2000], 1000, 1);

        Assert.Equal("exact", result.Method);
        Assert.Equal(0.9938143483, result.ProbabilityBest[1], 1e-9);
        Assert.Equal(1 - 0.9938143483, result.ProbabilityBest[0], 1e-9);
        Assert.Equal(1.997636707e-05, result.ExpectedLoss[1], 1e-11);
        Assert.Equal(0.02499500134, result.ExpectedLoss[0], 1e-9);
    }

    [Fact]
    public void Evan_millers_sum_matches_r_on_a_small_case_in_both_orders()
    {
        // R: integrate(function(x) dbeta(x, 16, 86) * pbeta(x, 11, 91), 0, 1) = 0.8532837899
        Assert.Equal(0.8532837899, BayesianAnalysis.ProbabilityGreater(11, 91, 16, 86), 1e-9);
        Assert.Equal(1 - 0.8532837899, BayesianAnalysis.ProbabilityGreater(16, 86, 11, 91), 1e-9);
    }

    [Fact]
    public void Monte_carlo_agrees_with_the_closed_form_when_a_third_arm_cannot_win()
    {
        // A third arm with rate ~0.001 never beats ~0.1: P(best) and the losses of A and B are the two-arm ones.
        var exact = BayesianAnalysis.Beta([200, 250], [2000, 2000], 1000, 1);
        var drawn = BayesianAnalysis.Beta([200, 250, 2], [2000, 2000, 2000], 200_000, 7);

        Assert.Equal("monte-carlo", drawn.Method);
        Assert.Equal(exact.ProbabilityBest[1], drawn.ProbabilityBest[1], 0.002); // MC s.e. sqrt(.0062 .9938 / 2e5) = 0.00018
        Assert.Equal(0, drawn.ProbabilityBest[2], 1e-12);
        Assert.Equal(exact.ExpectedLoss[0], drawn.ExpectedLoss[0], 0.0003);
        Assert.Equal(1.0, drawn.ProbabilityBest.Sum(), 1e-12);
    }

    [Fact]
    public void The_same_seed_gives_the_same_draws()
    {
        var first = BayesianAnalysis.Beta([10, 12, 15], [100, 100, 100], 5000, 3);
        var second = BayesianAnalysis.Beta([10, 12, 15], [100, 100, 100], 5000, 3);

        Assert.Equal(first.ProbabilityBest, second.ProbabilityBest);
        Assert.Equal(first.ExpectedLoss, second.ExpectedLoss);
    }

    [Fact]
    public void Normal_closed_form_is_phi_of_the_standardised_gap_and_monte_carlo_agrees()
    {
        // B - A ~ N(0.5, 0.3^2 + 0.4^2 = 0.5^2): P(B best) = Phi(1) = 0.8413447461;
        // E[max(A - B, 0)] = s phi(d/s) - d Phi(-d/s) = 0.5 (0.2419707245) - 0.5 (0.1586552539) = 0.0416577353.
        var exact = BayesianAnalysis.Normal([10, 10.5], [0.09, 0.16], 1000, 1);
        var drawn = BayesianAnalysis.Normal([10, 10.5, 0], [0.09, 0.16, 0.01], 200_000, 11);

        Assert.Equal(0.8413447461, exact.ProbabilityBest[1], 1e-9);
        Assert.Equal(0.0416577353, exact.ExpectedLoss[1], 1e-9);
        Assert.Equal(0.5416577353, exact.ExpectedLoss[0], 1e-9);
        Assert.Equal(exact.ProbabilityBest[1], drawn.ProbabilityBest[1], 0.004);
        Assert.Equal(exact.ExpectedLoss[1], drawn.ExpectedLoss[1], 0.002);
        Assert.Equal(Normal.CDF(0, 1, 1), exact.ProbabilityBest[1], 1e-12);
    }

    [Fact]
    public void Counts_outside_their_range_are_rejected() =>
        Assert.Throws<ArgumentException>(() => BayesianAnalysis.Beta([5, 20], [10, 10], 1000, 1));
}
