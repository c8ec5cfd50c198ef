using MathNet.Numerics;
using Tailor.Customers;

namespace Tailor.Tests.Customers;

public class BgNbdFitterTests
{
    // CDNOW's parameters (weeks); customers observed for 26 to 78 weeks.
    private const double TrueR = 0.243, TrueAlpha = 4.414, TrueA = 0.793, TrueB = 2.426;

    private static readonly Lazy<List<CustomerSummary>> _simulated =
        new(() => SimulatedCustomers.BgNbd(10_000, TrueR, TrueAlpha, TrueA, TrueB, 26, 78, seed: 20240601));

    [Fact]
    public void Recovers_the_parameters_of_simulated_customers()
    {
        var model = BgNbdFitter.Fit(_simulated.Value);

        // Tolerances are about twice the spread seen over twelve seeds at 10,000 customers: r and
        // alpha are well identified, a and b much less so individually but their mean a / (a + b) is.
        Assert.True(model.Converged);
        Assert.Equal(TimeUnit.Week, model.Unit);
        Assert.Equal(10_000, model.CustomerCount);
        AssertWithin(TrueR, model.R, 0.10, "r");
        AssertWithin(TrueAlpha, model.Alpha, 0.12, "alpha");
        AssertWithin(TrueA, model.A, 0.25, "a");
        AssertWithin(TrueB, model.B, 0.35, "b");
        AssertWithin(TrueA / (TrueA + TrueB), model.A / (model.A + model.B), 0.08, "a / (a + b)");
    }

    [Fact]
    public void Fitted_likelihood_beats_the_true_parameters_and_matches_equation_6()
    {
        var data = _simulated.Value;
        var model = BgNbdFitter.Fit(data);
        var atFit = LogLikelihood(data, model.R, model.Alpha, model.A, model.B);
        var atTruth = LogLikelihood(data, TrueR, TrueAlpha, TrueA, TrueB);

        // The maximum-likelihood estimate must be at least as likely as the truth, and the reported
        // log-likelihood (in weeks, not the fit's internal scale) must be eq. 6 summed directly.
        Assert.True(atFit >= atTruth, $"fit {atFit} < truth {atTruth}");
        Assert.Equal(atFit, model.LogLikelihood!.Value, 6);

        // Nudging any parameter lowers the likelihood: a maximum, not a saddle or an early stop.
        foreach (var nudge in new[] { 0.99, 1.01 })
        {
            Assert.True(LogLikelihood(data, model.R * nudge, model.Alpha, model.A, model.B) < atFit);
            Assert.True(LogLikelihood(data, model.R, model.Alpha * nudge, model.A, model.B) < atFit);
            Assert.True(LogLikelihood(data, model.R, model.Alpha, model.A * nudge, model.B) < atFit);
            Assert.True(LogLikelihood(data, model.R, model.Alpha, model.A, model.B * nudge) < atFit);
        }
    }

    [Fact]
    public void Alpha_carries_the_time_unit()
    {
        // The same customers in days: r, a, b unchanged, alpha seven times larger.
        var weeks = SimulatedCustomers.BgNbd(2000, TrueR, TrueAlpha, TrueA, TrueB, 26, 78, seed: 7);
        var days = weeks.Select(c => new CustomerSummary(c.CustomerId, c.Frequency, c.Recency * 7, c.T * 7, 0, 0, TimeUnit.Day)).ToList();
        var inWeeks = BgNbdFitter.Fit(weeks);
        var inDays = BgNbdFitter.Fit(days);
        Assert.Equal(TimeUnit.Day, inDays.Unit);
        Assert.Equal(inWeeks.R, inDays.R, 5);
        Assert.Equal(inWeeks.A, inDays.A, 4);
        Assert.Equal(inWeeks.B, inDays.B, 4);
        Assert.Equal(7 * inWeeks.Alpha, inDays.Alpha, 3);
    }

    [Fact]
    public void Result_does_not_depend_on_input_order()
    {
        var data = SimulatedCustomers.BgNbd(1500, TrueR, TrueAlpha, TrueA, TrueB, 26, 78, seed: 3);
        var shuffled = data.ToList();
        new Random(1).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        var first = BgNbdFitter.Fit(data);
        var second = BgNbdFitter.Fit(shuffled);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Penalizer_shrinks_the_parameters()
    {
        var data = SimulatedCustomers.BgNbd(1500, TrueR, TrueAlpha, TrueA, TrueB, 26, 78, seed: 4);
        var plain = BgNbdFitter.Fit(data);
        var penalised = BgNbdFitter.Fit(data, new BgNbdFitOptions { Penalizer = 0.1 });
        Assert.True(penalised.A + penalised.B < plain.A + plain.B);
        Assert.True(penalised.LogLikelihood < plain.LogLikelihood);
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => BgNbdFitter.Fit(_simulated.Value, cancel.Token));
    }

    [Fact]
    public void Rejects_data_it_cannot_fit()
    {
        Assert.Contains("no customers", Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit([])).Message, StringComparison.OrdinalIgnoreCase);
        CustomerSummary[] noRepeats = [new("a", 0, 0, 10, 0, 5, TimeUnit.Day), new("b", 0, 0, 20, 0, 5, TimeUnit.Day)];
        Assert.Contains("repeat", Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit(noRepeats)).Message, StringComparison.Ordinal);
        CustomerSummary[] mixed = [new("a", 1, 3, 10, 5, 10, TimeUnit.Day), new("b", 1, 3, 10, 5, 10, TimeUnit.Week)];
        Assert.Contains("one unit", Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit(mixed)).Message, StringComparison.Ordinal);
        CustomerSummary[] newborn = [new("a", 0, 0, 0, 0, 5, TimeUnit.Day)];
        Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit(newborn));
        Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit(_simulated.Value, new BgNbdFitOptions { Penalizer = -1 }));
    }

    /// <summary>Eq. 6 of Fader, Hardie and Lee (2005), summed over customers with log-gamma and log-beta.</summary>
    private static double LogLikelihood(IEnumerable<CustomerSummary> data, double r, double alpha, double a, double b)
    {
        var sum = 0.0;
        foreach (var c in data)
        {
            double x = c.Frequency, tx = c.Recency, t = c.T;
            var common = SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha)) - SpecialFunctions.BetaLn(a, b);
            var alive = SpecialFunctions.BetaLn(a, b + x) - ((r + x) * Math.Log(alpha + t));
            if (c.Frequency == 0)
            {
                sum += common + alive;
                continue;
            }

            var dead = SpecialFunctions.BetaLn(a + 1, b + x - 1) - ((r + x) * Math.Log(alpha + tx));
            var max = Math.Max(alive, dead);
            sum += common + max + Math.Log(Math.Exp(alive - max) + Math.Exp(dead - max));
        }

        return sum;
    }

    private static void AssertWithin(double expected, double actual, double relative, string name) =>
        Assert.True(Math.Abs((actual / expected) - 1) <= relative, $"{name}: {actual:F4} is not within {relative:P0} of {expected}");
}
