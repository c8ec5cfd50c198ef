namespace Tailor.Customers;

/// <summary>Defaults of <see cref="GammaGammaFitOptions"/>.</summary>
public static class GammaGammaFitDefaults
{
    /// <summary>Default L2 penalty: none, so fits are plain maximum likelihood and match the paper.</summary>
    public const double Penalizer = 0;

    /// <summary>Default iteration budget of each optimizer run.</summary>
    public const int MaxIterations = 2000;

    /// <summary>Default gradient tolerance on the mean log-likelihood per customer.</summary>
    public const double GradientTolerance = 1e-9;
}
