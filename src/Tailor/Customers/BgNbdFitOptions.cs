namespace Tailor.Customers;

/// <summary>Knobs of <see cref="BgNbdFitter"/>. Defaults live in <see cref="BgNbdFitDefaults"/>.</summary>
public sealed record BgNbdFitOptions
{
    /// <summary>
    /// Coefficient c of an L2 penalty c (r² + alpha² + a² + b²) added to the mean negative
    /// log-likelihood, with alpha on the internal time scale where the oldest customer has T = 10,
    /// exactly as lifetimes' <c>penalizer_coef</c>. Shrinks parameters on small or odd data.
    /// Range [0, 100]. Default 0 (plain maximum likelihood).
    /// </summary>
    public double Penalizer { get; init; } = BgNbdFitDefaults.Penalizer;

    /// <summary>Most iterations of each optimizer run. Range [10, 100,000]. Default 2000.</summary>
    public int MaxIterations { get; init; } = BgNbdFitDefaults.MaxIterations;

    /// <summary>
    /// Convergence test on the gradient of the mean log-likelihood per customer with respect to the
    /// log parameters. Range (0, 1e-2]. Default 1e-9.
    /// </summary>
    public double GradientTolerance { get; init; } = BgNbdFitDefaults.GradientTolerance;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        if (!(Penalizer is >= 0 and <= 100))
        {
            throw new ArgumentException($"{nameof(Penalizer)} must be between 0 and 100 (was {Penalizer}).", nameof(Penalizer));
        }

        if (MaxIterations is < 10 or > 100_000)
        {
            throw new ArgumentException($"{nameof(MaxIterations)} must be between 10 and 100,000 (was {MaxIterations}).", nameof(MaxIterations));
        }

        if (!(GradientTolerance is > 0 and <= 1e-2))
        {
            throw new ArgumentException($"{nameof(GradientTolerance)} must be in (0, 0.01] (was {GradientTolerance}).", nameof(GradientTolerance));
        }
    }
}
