using MathNet.Numerics;
using Tailor.Customers;

namespace Tailor.Tests.Customers;

public class GammaGammaTests
{
    // Fader, Hardie and Lee's CDNOW estimates.
    private const double TrueP = 6.25, TrueQ = 3.74, TrueGamma = 15.44;

    private static readonly GammaGammaModel _cdnow = new(TrueP, TrueQ, TrueGamma);

    private static readonly Lazy<List<CustomerSummary>> _simulated =
        new(() => SimulatedCustomers.GammaGamma(20_000, TrueP, TrueQ, TrueGamma, meanExtra: 3, seed: 20240602));

    [Theory]
    [InlineData(0, 0, 35.2190)]
    [InlineData(1, 20, 24.6385)]
    [InlineData(2, 30, 30.9383)]
    [InlineData(10, 100, 97.2793)]
    public void Conditional_expected_spend_is_the_published_formula(int x, double m, double expected)
    {
        // (gamma + m x) p / (p x + q - 1), hand-computed; x = 0 gives the population mean p gamma / (q - 1) = 35.22.
        Assert.Equal(expected, _cdnow.ConditionalExpectedSpend(x, m), 4);
        Assert.Equal((TrueGamma + (m * x)) * TrueP / ((TrueP * x) + TrueQ - 1), _cdnow.ConditionalExpectedSpend(x, m), 12);
    }

    [Fact]
    public void Population_mean_is_35_22()
    {
        Assert.Equal(35.2190, _cdnow.PopulationMeanSpend, 4);
    }

    [Fact]
    public void Recovers_the_parameters_of_simulated_customers()
    {
        var model = GammaGammaFitter.Fit(_simulated.Value);

        // Tolerances are about twice the spread over twelve seeds: p and gamma trade off against each
        // other when only means of two to six transactions are seen; q and the mean are sharp.
        Assert.True(model.Converged);
        Assert.Equal(20_000, model.CustomerCount);
        AssertWithin(TrueP, model.P, 0.30, "p");
        AssertWithin(TrueQ, model.Q, 0.08, "q");
        AssertWithin(TrueGamma, model.Gamma, 0.30, "gamma");
        AssertWithin(_cdnow.PopulationMeanSpend, model.PopulationMeanSpend, 0.04, "population mean");
    }

    [Fact]
    public void Fitted_likelihood_beats_the_true_parameters_and_matches_the_density()
    {
        var data = _simulated.Value;
        var model = GammaGammaFitter.Fit(data);
        var atFit = LogLikelihood(data, model.P, model.Q, model.Gamma);
        Assert.True(atFit >= LogLikelihood(data, TrueP, TrueQ, TrueGamma));
        Assert.Equal(atFit, model.LogLikelihood!.Value, 5);
    }

    [Fact]
    public void Gamma_carries_the_currency()
    {
        // The same customers in cents: p and q unchanged, gamma a hundred times larger.
        var euros = SimulatedCustomers.GammaGamma(3000, TrueP, TrueQ, TrueGamma, 3, seed: 5);
        var cents = euros.Select(c => new CustomerSummary(c.CustomerId, c.Frequency, c.Recency, c.T, c.MonetaryValue * 100, c.TotalSpend * 100, c.Unit)).ToList();
        var inEuros = GammaGammaFitter.Fit(euros);
        var inCents = GammaGammaFitter.Fit(cents);
        Assert.Equal(inEuros.P, inCents.P, 4);
        Assert.Equal(inEuros.Q, inCents.Q, 4);
        Assert.Equal(100 * inEuros.Gamma, inCents.Gamma, 1);
    }

    [Fact]
    public void Skips_customers_without_repeat_spend_and_rejects_data_without_any()
    {
        var data = SimulatedCustomers.GammaGamma(500, TrueP, TrueQ, TrueGamma, 3, seed: 6);
        var withNewcomers = data.Append(new CustomerSummary("new", 0, 0, 10, 0, 40, TimeUnit.Week)).ToList();
        Assert.Equal(GammaGammaFitter.Fit(data) with { }, GammaGammaFitter.Fit(withNewcomers));
        CustomerSummary[] none = [new("a", 0, 0, 10, 0, 5, TimeUnit.Day)];
        Assert.Contains("repeat purchase", Assert.Throws<ArgumentException>(() => GammaGammaFitter.Fit(none)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GammaGammaFitter.Fit([]));
        Assert.Throws<ArgumentException>(() => new GammaGammaModel(1, 0, 1));
        Assert.Throws<InvalidOperationException>(() => new GammaGammaModel(1, 0.5, 1).ConditionalExpectedSpend(0, 0));
        Assert.Throws<ArgumentException>(() => _cdnow.ConditionalExpectedSpend(-1, 10));
    }

    /// <summary>Density of the mean m of x Gamma(p, nu) values with nu ~ Gamma(q, gamma), by log-gamma.</summary>
    private static double LogLikelihood(IEnumerable<CustomerSummary> data, double p, double q, double gamma)
    {
        var sum = 0.0;
        foreach (var c in data)
        {
            double x = c.Frequency, m = c.MonetaryValue;
            sum += SpecialFunctions.GammaLn((p * x) + q) - SpecialFunctions.GammaLn(p * x) - SpecialFunctions.GammaLn(q)
                + (q * Math.Log(gamma)) + (((p * x) - 1) * Math.Log(m)) + (p * x * Math.Log(x)) - (((p * x) + q) * Math.Log((x * m) + gamma));
        }

        return sum;
    }

    private static void AssertWithin(double expected, double actual, double relative, string name) =>
        Assert.True(Math.Abs((actual / expected) - 1) <= relative, $"{name}: {actual:F4} is not within {relative:P0} of {expected}");
}
