using Tailor.Experiments;

namespace Tailor.Tests.Experiments;

/// <summary>Fixed-horizon tests against values printed by R 4.2.2.</summary>
public sealed class FrequentistTestsTests
{
    [Fact]
    public void Two_proportion_z_matches_r_prop_test_without_continuity_correction()
    {
        // R: prop.test(c(250, 200), c(2000, 2000), correct = FALSE)
        //   X-squared = 6.259780908, p-value = 0.01235094771, 95% CI 0.005431008555 0.044568991445
        // By hand: pooled p = 450/4000 = 0.1125, SE0 = sqrt(0.1125 * 0.8875 * 2/2000) = 0.0099922,
        // z = 0.025 / 0.0099922 = 2.50196, and z^2 = X-squared.
        var test = FrequentistTests.TwoProportion(200, 2000, 250, 2000, 0.95);

        Assert.Equal(0.025, test.Difference, 1e-12);
        Assert.Equal(6.259780908, test.Statistic * test.Statistic, 1e-8);
        Assert.Equal(0.01235094771, test.PValue, 1e-10);
        Assert.Equal(0.005431008555, test.Lower, 1e-11);
        Assert.Equal(0.044568991445, test.Upper, 1e-11);
        Assert.Null(test.DegreesOfFreedom);
    }

    [Fact]
    public void Welch_t_matches_r_on_students_sleep_data()
    {
        // Student (1908) sleep data, R's datasets::sleep; t.test(extra ~ group, data = sleep) prints
        // t = -1.860813467, df = 17.77647352, p-value = 0.07939414019, 95% CI -3.3654832307 0.2054832307
        // for group 1 minus group 2. Here the difference is B (group 2) minus A (group 1): signs flip.
        double[] group1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
        double[] group2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
        var a = Moments(group1);
        var b = Moments(group2);

        var test = FrequentistTests.Welch(a.Mean, a.Variance, a.Count, b.Mean, b.Variance, b.Count, 0.95);

        Assert.Equal(1.58, test.Difference, 1e-12);
        Assert.Equal(1.860813467, test.Statistic, 1e-8);
        Assert.Equal(17.77647352, test.DegreesOfFreedom!.Value, 1e-7);
        Assert.Equal(0.07939414019, test.PValue, 1e-9);
        Assert.Equal(-0.2054832307, test.Lower, 1e-8);
        Assert.Equal(3.3654832307, test.Upper, 1e-8);
    }

    [Fact]
    public void Relative_lift_has_fiellers_interval_consistent_with_the_test()
    {
        // Control 10%, treatment 12.5% at 2,000 each: lift 25%. Fieller's 95% interval holds the ratios r with
        // (pB - r pA)^2 <= 1.96^2 (vB + r^2 vA), v = p(1 - p)/n; bisection in Python on that inequality
        // gives 1.0498478283929 and 1.4941287879635.
        double vA = 0.1 * 0.9 / 2000;
        double vB = 0.125 * 0.875 / 2000;
        double z = FrequentistTests.NormalQuantile(0.95);

        var lift = RelativeLift.Compute(0.1, vA, 0.125, vB, z)!;

        Assert.Equal(0.25, lift.Lift, 1e-12);
        Assert.Equal(0.04984782839290336, lift.Lower, 1e-10);
        Assert.Equal(0.4941287879635361, lift.Upper, 1e-10);
        // Consistent with the unpooled z test: the lift interval excludes 0 exactly when that test rejects.
        var test = FrequentistTests.Normal(0.1, vA, 0.125, vB, 0.95);
        Assert.Equal(test.Lower > 0, lift.Lower > 0);
        var weak = RelativeLift.Compute(0.1, vA, 0.108, vB, z)!;
        Assert.Equal(FrequentistTests.Normal(0.1, vA, 0.108, vB, 0.95).Lower > 0, weak.Lower > 0);
        Assert.Null(RelativeLift.Compute(0, 0, 0.1, vB, z));
        Assert.Null(RelativeLift.Compute(0.01, 1e-4, 0.1, vB, z)); // control mean not clearly above 0: unbounded ratio
    }

    [Fact]
    public void Moments_combine_to_the_moments_of_the_union()
    {
        double[] ys = [3, 1, 4, 1, 5, 9, 2, 6];
        double[] xs = [2, 7, 1, 8, 2, 8, 1, 8];
        var whole = new SampleMoments();
        var first = new SampleMoments();
        var second = new SampleMoments();
        for (var i = 0; i < ys.Length; i++)
        {
            whole.Add(ys[i], xs[i]);
            (i < 3 ? first : second).Add(ys[i], xs[i]);
        }

        var combined = SampleMoments.Combine([first, second]);

        Assert.Equal(whole.Count, combined.Count);
        Assert.Equal(whole.Mean, combined.Mean, 1e-12);
        Assert.Equal(whole.Variance, combined.Variance, 1e-12);
        Assert.Equal(whole.CovariateVariance, combined.CovariateVariance, 1e-12);
        Assert.Equal(whole.Covariance, combined.Covariance, 1e-12);
        // By hand: mean y = 31/8, sum (y - 3.875)^2 = 52.875, variance 52.875 / 7.
        Assert.Equal(52.875 / 7, whole.Variance, 1e-12);
    }

    [Fact]
    public void Impossible_inputs_are_rejected_with_the_reason()
    {
        Assert.Contains("successes", Assert.Throws<ArgumentException>(() => FrequentistTests.TwoProportion(5, 4, 1, 10, 0.95)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FrequentistTests.Welch(1, 1, 1, 2, 1, 10, 0.95));
        Assert.Throws<ArgumentException>(() => FrequentistTests.TwoProportion(1, 10, 1, 10, 1.5));
    }

    private static SampleMoments Moments(IEnumerable<double> values)
    {
        var moments = new SampleMoments();
        foreach (var v in values)
        {
            moments.Add(v);
        }

        return moments;
    }
}
