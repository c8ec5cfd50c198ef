namespace Tailor.Recommend.Algorithms;

/// <summary>Default values of <see cref="AlsOptions"/>.</summary>
public static class AlsDefaults
{
    /// <summary>Default number of latent factors.</summary>
    public const int Factors = 64;

    /// <summary>Default number of alternating sweeps.</summary>
    public const int Iterations = 15;

    /// <summary>Default L2 penalty on each factor vector.</summary>
    public const double Regularization = 0.1;

    /// <summary>Default confidence gained per unit of interaction strength.</summary>
    public const double Alpha = 0.1;

    /// <summary>Default conjugate-gradient steps per vector update.</summary>
    public const int CgSteps = 3;

    /// <summary>Default random seed.</summary>
    public const int Seed = 42;

    /// <summary>Default thread limit: -1, all cores.</summary>
    public const int MaxDegreeOfParallelism = -1;
}
