namespace Tailor.Customers;

/// <summary>
/// A Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005; Fader and Hardie's note
/// "The Gamma-Gamma model of monetary value"): a customer's transaction values are Gamma(p, nu) and
/// nu varies across customers as Gamma(q, gamma). Assumes spend is independent of purchase frequency.
/// </summary>
public sealed record GammaGammaModel
{
    /// <summary>Creates a model from known parameters.</summary>
    /// <param name="p">Shape of the transaction values of one customer; positive.</param>
    /// <param name="q">Shape of the Gamma distribution of nu; positive, and above 1 for a finite mean spend.</param>
    /// <param name="gamma">Scale of the Gamma distribution of nu, in currency; positive.</param>
    /// <exception cref="ArgumentException">A parameter is not positive and finite.</exception>
    public GammaGammaModel(double p, double q, double gamma)
    {
        RequirePositive(p, nameof(p));
        RequirePositive(q, nameof(q));
        RequirePositive(gamma, nameof(gamma));
        P = p;
        Q = q;
        Gamma = gamma;
    }

    /// <summary>Shape p of a customer's transaction-value Gamma distribution.</summary>
    public double P { get; }

    /// <summary>Shape q of the distribution of nu across customers.</summary>
    public double Q { get; }

    /// <summary>Scale gamma of the distribution of nu across customers, in currency.</summary>
    public double Gamma { get; }

    /// <summary>Log-likelihood of the data the model was fitted on (sum over customers); null for a model built from given parameters.</summary>
    public double? LogLikelihood { get; init; }

    /// <summary>Number of customers (with repeat purchases) the model was fitted on; 0 for a model built from given parameters.</summary>
    public int CustomerCount { get; init; }

    /// <summary>Whether the optimizer met its convergence test; false for a model built from given parameters.</summary>
    public bool Converged { get; init; }

    /// <summary>Mean spend per transaction across the population, p gamma / (q - 1); infinite when q &lt;= 1.</summary>
    public double PopulationMeanSpend => Q > 1 ? P * Gamma / (Q - 1) : double.PositiveInfinity;

    /// <summary>
    /// E[M | x, m]: expected spend per transaction of a customer with <paramref name="frequency"/>
    /// repeat transactions of mean value <paramref name="monetaryValue"/>,
    /// (gamma + m x) p / (p x + q - 1): a weighted mean of the population mean and the customer's own.
    /// </summary>
    /// <exception cref="ArgumentException">A negative frequency or value.</exception>
    /// <exception cref="InvalidOperationException">p x + q &lt;= 1, where the expectation is infinite.</exception>
    public double ConditionalExpectedSpend(int frequency, double monetaryValue)
    {
        if (frequency < 0)
        {
            throw new ArgumentException($"The frequency must be at least 0 (was {frequency}).", nameof(frequency));
        }

        if (!(double.IsFinite(monetaryValue) && monetaryValue >= 0))
        {
            throw new ArgumentException($"The monetary value must be finite and at least 0 (was {monetaryValue}).", nameof(monetaryValue));
        }

        var denominator = (P * frequency) + Q - 1;
        if (denominator <= 0)
        {
            throw new InvalidOperationException(
                $"With q = {Q} and p = {P} the expected spend of a customer with {frequency} repeat purchases is infinite.");
        }

        return (Gamma + (monetaryValue * frequency)) * P / denominator;
    }

    /// <summary>E[M | x, m] for a summarised customer.</summary>
    /// <inheritdoc cref="ConditionalExpectedSpend(int, double)"/>
    public double ConditionalExpectedSpend(CustomerSummary customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return ConditionalExpectedSpend(customer.Frequency, customer.MonetaryValue);
    }

    private static void RequirePositive(double value, string name)
    {
        if (!(double.IsFinite(value) && value > 0))
        {
            throw new ArgumentException($"Gamma-Gamma parameter {name} must be positive and finite (was {value}).", name);
        }
    }
}
