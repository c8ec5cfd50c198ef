using MathNet.Numerics;

namespace Tailor.Customers;

/// <summary>
/// A BG/NBD model (Fader, Hardie and Lee 2005, "Counting your customers the easy way"): while
/// alive, a customer buys at rate lambda ~ Gamma(r, alpha); after each purchase they drop out with
/// probability p ~ Beta(a, b). Time is measured in <see cref="Unit"/>; alpha carries that unit.
/// Equation numbers in the comments are those of the paper.
/// </summary>
public sealed record BgNbdModel
{
    // Below this distance from 1, E[Y(t)] (a pole of the closed form in a that the limit cancels) is
    // taken as the mean of the values either side of it.
    private const double UnitShapeGap = 1e-7;

    /// <summary>Creates a model from known parameters.</summary>
    /// <param name="r">Shape of the purchase-rate Gamma; positive.</param>
    /// <param name="alpha">Scale of the purchase-rate Gamma in <paramref name="unit"/>; positive.</param>
    /// <param name="a">First shape of the dropout Beta; positive.</param>
    /// <param name="b">Second shape of the dropout Beta; positive.</param>
    /// <param name="unit">Unit of time of <paramref name="alpha"/> and of the summaries the model scores.</param>
    /// <exception cref="ArgumentException">A parameter is not positive and finite.</exception>
    public BgNbdModel(double r, double alpha, double a, double b, TimeUnit unit)
    {
        RequirePositive(r, nameof(r));
        RequirePositive(alpha, nameof(alpha));
        RequirePositive(a, nameof(a));
        RequirePositive(b, nameof(b));
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentException($"Unknown time unit {unit}.", nameof(unit));
        }

        R = r;
        Alpha = alpha;
        A = a;
        B = b;
        Unit = unit;
    }

    /// <summary>Shape r of the Gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Scale alpha of the Gamma distribution of purchase rates, in <see cref="Unit"/>; mean rate is r / alpha.</summary>
    public double Alpha { get; }

    /// <summary>First shape a of the Beta distribution of dropout probabilities.</summary>
    public double A { get; }

    /// <summary>Second shape b of the Beta distribution of dropout probabilities; mean dropout is a / (a + b).</summary>
    public double B { get; }

    /// <summary>Unit of time of <see cref="Alpha"/>, horizons and the summaries the model scores.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Log-likelihood of the data the model was fitted on (sum over customers); null for a model built from given parameters.</summary>
    public double? LogLikelihood { get; init; }

    /// <summary>Number of customers the model was fitted on; 0 for a model built from given parameters.</summary>
    public int CustomerCount { get; init; }

    /// <summary>Whether the optimizer met its convergence test; false for a model built from given parameters.</summary>
    public bool Converged { get; init; }

    /// <summary>
    /// P(alive): the probability that the customer has not dropped out by the end of the calibration
    /// period (Fader, Hardie and Lee's note "Computing P(alive) using the BG/NBD model"; 1 for a customer without repeats).
    /// </summary>
    /// <exception cref="ArgumentException">The summary is in another unit than the model.</exception>
    public double ProbabilityAlive(CustomerSummary customer)
    {
        CheckUnit(customer);
        if (customer.Frequency == 0)
        {
            return 1;
        }

        var x = customer.Frequency;
        var logOdds = ((R + x) * Math.Log((Alpha + customer.T) / (Alpha + customer.Recency))) + Math.Log(A / (B + x - 1));
        return 1 / (1 + Math.Exp(logOdds));
    }

    /// <summary>
    /// E[Y(t) | x, t_x, T]: expected number of purchases in the next <paramref name="t"/> units after
    /// the calibration end (eq. 10), with the Gaussian hypergeometric function summed as a series.
    /// </summary>
    /// <param name="t">Horizon in <see cref="Unit"/>; at least 0.</param>
    /// <param name="customer">The customer's summary, in the model's unit.</param>
    /// <exception cref="ArgumentException">A negative horizon, or a summary in another unit.</exception>
    public double ExpectedPurchases(double t, CustomerSummary customer)
    {
        CheckUnit(customer);
        RequireHorizon(t);
        var x = customer.Frequency;
        var tail = ConditionalTail(A, x, customer.T, t);
        var denominator = x == 0
            ? 1
            : 1 + (A / (B + x - 1) * Math.Exp((R + x) * Math.Log((Alpha + customer.T) / (Alpha + customer.Recency))));
        return tail / denominator;
    }

    /// <summary>
    /// E[X(t)]: expected number of purchases in the first <paramref name="t"/> units of a new
    /// customer's life (eq. 9), the same as <see cref="ExpectedPurchases(double, CustomerSummary)"/> with x = t_x = T = 0.
    /// </summary>
    /// <exception cref="ArgumentException">A negative horizon.</exception>
    public double ExpectedPurchases(double t)
    {
        RequireHorizon(t);
        return ConditionalTail(A, 0, 0, t);
    }

    /// <summary>
    /// P(X(t) = n): probability that a new customer makes exactly <paramref name="n"/> purchases in the
    /// first <paramref name="t"/> units of their life (eq. 8). The finite sum in the second term is
    /// the negative binomial tail, computed as a regularized incomplete beta function to keep its
    /// precision for large n.
    /// </summary>
    /// <exception cref="ArgumentException">A negative count or horizon.</exception>
    public double ProbabilityOfPurchases(int n, double t)
    {
        if (n < 0)
        {
            throw new ArgumentException($"The number of purchases must be at least 0 (was {n}).", nameof(n));
        }

        RequireHorizon(t);
        if (t == 0)
        {
            return n == 0 ? 1 : 0;
        }

        var logBetaAB = SpecialFunctions.BetaLn(A, B);
        var q = t / (Alpha + t);
        var logFirst = SpecialFunctions.BetaLn(A, B + n) - logBetaAB
            + SpecialFunctions.GammaLn(R + n) - SpecialFunctions.GammaLn(R) - SpecialFunctions.GammaLn(n + 1.0)
            + (R * Math.Log(Alpha / (Alpha + t))) + (n * Math.Log(q));
        var probability = Math.Exp(logFirst);
        if (n > 0)
        {
            // 1 - (alpha/(alpha+t))^r sum_{j<n} NB(j) = P(NB >= n) = I_q(n, r).
            var tail = SpecialFunctions.BetaRegularized(n, R, q);
            probability += Math.Exp(SpecialFunctions.BetaLn(A + 1, B + n - 1) - logBetaAB) * tail;
        }

        return probability;
    }

    /// <summary>
    /// P(Y(t) &gt; 0 | x, t_x, T): probability of at least one purchase in the next
    /// <paramref name="t"/> units. A customer alive at T buys again within t unless the first
    /// waiting time exceeds t, and given alive lambda ~ Gamma(r + x, alpha + T), so the answer is
    /// P(alive) (1 - ((alpha + T) / (alpha + T + t))^(r + x)).
    /// </summary>
    /// <exception cref="ArgumentException">A negative horizon, or a summary in another unit.</exception>
    public double ProbabilityAtLeastOne(double t, CustomerSummary customer)
    {
        CheckUnit(customer);
        RequireHorizon(t);
        var none = (R + customer.Frequency) * Math.Log((Alpha + customer.T) / (Alpha + customer.T + t));
        return ProbabilityAlive(customer) * -ExpMinusOne(none);
    }

    /// <summary>
    /// (a + b + x - 1) / (a - 1) [1 - ((alpha + T) / (alpha + T + t))^(r + x) 2F1(r + x, b + x; a + b + x - 1; z)],
    /// the numerator of eq. 10, with z = t / (alpha + T + t).
    /// </summary>
    private double ConditionalTail(double a, int x, double age, double t)
    {
        if (t == 0)
        {
            return 0;
        }

        if (Math.Abs(a - 1) < UnitShapeGap)
        {
            // The closed form is 0/0 at a = 1 but the function is smooth there: average both sides,
            // far enough out that the closed form is well conditioned.
            return 0.5 * (ClosedForm(1 - (2 * UnitShapeGap), x, age, t) + ClosedForm(1 + (2 * UnitShapeGap), x, age, t));
        }

        return ClosedForm(a, x, age, t);
    }

    private double ClosedForm(double a, int x, double age, double t)
    {
        var k = R + x;
        var c = a + B + x - 1;
        var z = t / (Alpha + age + t);
        var logNone = k * Math.Log((Alpha + age) / (Alpha + age + t));

        // c (1 - q 2F1) = c (1 - q) - q c (2F1 - 1) with q = (1 - z)^k, regular even when c is near 0.
        var scaledTail = Hypergeometric.ScaledTail(k, B + x, c, z, out var logScale);
        var bracket = (c * -ExpMinusOne(logNone)) - (scaledTail * Math.Exp(logNone + logScale));
        return bracket / (a - 1);
    }

    private static double ExpMinusOne(double value) =>
        Math.Abs(value) < 1e-5 ? value * (1 + (value * (0.5 + (value / 6)))) : Math.Exp(value) - 1;

    private void CheckUnit(CustomerSummary customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.Unit != Unit)
        {
            throw new ArgumentException(
                $"Customer '{customer.CustomerId}' is summarised in {customer.Unit}s but the model is in {Unit}s.", nameof(customer));
        }
    }

    private static void RequireHorizon(double t)
    {
        if (!(double.IsFinite(t) && t >= 0))
        {
            throw new ArgumentException($"The horizon must be finite and at least 0 (was {t}).", nameof(t));
        }
    }

    private static void RequirePositive(double value, string name)
    {
        if (!(double.IsFinite(value) && value > 0))
        {
            throw new ArgumentException($"BG/NBD parameter {name} must be positive and finite (was {value}).", name);
        }
    }
}
