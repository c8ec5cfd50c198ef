using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>Count distributions of demand and the variance of forecast totals, against hand calculations.</summary>
public sealed class DemandDistributionTests
{
    [Fact]
    public void Poisson_quantiles_match_the_tables()
    {
        // Poisson(2): P(D <= 2) = 0.6767, P(D <= 3) = 0.8571; a variance below the mean is raised to it.
        DemandDistribution d = DemandDistribution.Create(2, 1);

        Assert.Equal(2, d.Variance);
        Assert.Equal(3, d.Quantile(0.75));
        Assert.Equal(2, d.Quantile(0.6));
        Assert.Equal(0.6767, d.Cdf(2), 4);
        Assert.Equal(1 - 0.8571, d.ExceedanceProbability(3), 4);
    }

    [Fact]
    public void Overdispersed_demand_is_negative_binomial()
    {
        // Mean 4, variance 12: r = 2, p = 1/3, P(D = k) = (k + 1) p^2 (1 - p)^k; P(D <= 1) = 1/9 + 2/9 x 2/3.
        DemandDistribution d = DemandDistribution.Create(4, 12);

        Assert.Equal((1.0 / 9) + (4.0 / 27), d.Cdf(1), 10);
        Assert.Equal(0, DemandDistribution.Create(0, 0).Quantile(0.99));
        Assert.Equal(0, DemandDistribution.Create(0, 0).ExceedanceProbability(0));
    }

    [Fact]
    public void An_item_that_all_but_stopped_selling_needs_no_stock()
    {
        // TSB after a year without a sale: mean 1e-22 units, variance 0.03 (r about 4e-43, P(D = 0) about 1).
        DemandDistribution d = DemandDistribution.Create(1.1e-22, 0.0284);

        Assert.Equal(1, d.Cdf(0), 9);
        Assert.Equal(0, d.Quantile(0.95));
        Assert.Equal(0, d.ExceedanceProbability(1), 9);
        Assert.Equal(1, DemandDistribution.Create(1e-6, 0.03).Cdf(0), 6);
        Assert.Equal(0, DemandDistribution.Create(1e-6, 0.03).Quantile(0.95));
        // Term-by-term sums agree with the library where both are accurate.
        Assert.Equal(MathNet.Numerics.Distributions.NegativeBinomial.CDF(2, 1.0 / 3, 7), DemandDistribution.Create(4, 12).Cdf(7), 12);
    }

    [Fact]
    public void A_total_of_a_smoothed_level_carries_its_shared_error()
    {
        // Simple exponential smoothing, sigma 2 and alpha 0.5: v_h = 4 (1 + (h - 1) 0.25), so c_j = 0.5.
        // Total of periods 1-3: e1 (1 + c + c) + e2 (1 + c) + e3 = 2 e1 + 1.5 e2 + e3, variance 4 x 7.25 = 29
        // (adding the periods' variances would give 4 x 3.75 = 15). Periods 2-3 only: e1 + 1.5 e2 + e3, 4 x 4.25.
        ForecastResult ses = Forecast([5, 5, 5], [4, 5, 6]);

        Assert.Equal(29, DemandDistribution.FromForecast(ses, 3).Variance, 9);
        Assert.Equal(17, DemandDistribution.FromForecast(ses, 2, start: 1).Variance, 9);
        Assert.Equal(15, DemandDistribution.FromForecast(ses, 3).Mean, 9);
    }

    [Fact]
    public void A_flat_model_with_independent_errors_adds_the_variances()
    {
        ForecastResult flat = Forecast([3, 3, 3, 3], [5, 5, 5, 5]);

        Assert.Equal(20, DemandDistribution.FromForecast(flat, 4).Variance, 9);
    }

    private static ForecastResult Forecast(double[] mean, double[] variance)
    {
        double[] sd = [.. variance.Select(Math.Sqrt)];
        return new ForecastResult
        {
            Model = "test",
            Point = [.. mean],
            Lower80 = [.. mean.Select((m, i) => m - (1.2815515655446004 * sd[i]))],
            Upper80 = [.. mean.Select((m, i) => m + (1.2815515655446004 * sd[i]))],
            Lower95 = [.. mean.Select((m, i) => m - (1.959963984540054 * sd[i]))],
            Upper95 = [.. mean.Select((m, i) => m + (1.959963984540054 * sd[i]))],
        };
    }
}
