namespace Tailor.Recommend.Algorithms;

/// <summary>
/// Knobs of <see cref="ImplicitAlsTrainer"/>: implicit-feedback matrix factorisation (Hu, Koren and
/// Volinsky 2008) solved with a few conjugate-gradient steps per vector (Takacs, Pilaszy and Tikk
/// 2011). Defaults live in <see cref="AlsDefaults"/>.
/// </summary>
public sealed record AlsOptions
{
    /// <summary>Number of latent factors per user and per item. Range [1, 1024]. Default 64.</summary>
    public int Factors { get; init; } = AlsDefaults.Factors;

    /// <summary>
    /// Alternating sweeps; each solves every user, then every item. Range [1, 1000]. Default 15.
    /// </summary>
    public int Iterations { get; init; } = AlsDefaults.Iterations;

    /// <summary>
    /// L2 penalty added to every user and item factor vector (the lambda of the paper), in units of
    /// confidence. Range (0, 1e6]. Default 0.1; larger values pull scores towards popularity.
    /// </summary>
    public double Regularization { get; init; } = AlsDefaults.Regularization;

    /// <summary>
    /// Confidence per unit of interaction strength: a cell with strength r counts with confidence
    /// c = 1 + Alpha * r, unobserved cells with 1. Range (0, 1e6]. Default 0.1, suited to Tailor's
    /// weighted strengths (one purchased unit weighs 4, so c is about 1.4 to 3 per purchase): on a
    /// temporal split of Online Retail, NDCG@10 fell steadily from Alpha 0.1 (0.095) to 2 (0.076) and
    /// 10 (0.059). With binary strengths values around 1 work best there; the paper's 40 suits raw counts
    /// of sparse data.
    /// </summary>
    public double Alpha { get; init; } = AlsDefaults.Alpha;

    /// <summary>
    /// Conjugate-gradient steps per vector update, warm-started from the previous sweep's vector.
    /// Range [1, 100]. Default 3; more steps approach the exact least-squares solution.
    /// </summary>
    public int CgSteps { get; init; } = AlsDefaults.CgSteps;

    /// <summary>Random seed for the initial factors; the same seed, options and data give the same model. Default 42.</summary>
    public int Seed { get; init; } = AlsDefaults.Seed;

    /// <summary>
    /// Most threads a training uses; -1 for all cores, else [1, 1024]. Results do not depend on it.
    /// Default -1.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = AlsDefaults.MaxDegreeOfParallelism;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        OptionCheck.Require("ALS", Factors is >= 1 and <= 1024, nameof(Factors), $"must be between 1 and 1024 (was {Factors})");
        OptionCheck.Require("ALS", Iterations is >= 1 and <= 1000, nameof(Iterations), $"must be between 1 and 1000 (was {Iterations})");
        OptionCheck.Require("ALS", Regularization is > 0 and <= 1e6, nameof(Regularization), $"must be above 0 and at most 1e6 (was {Regularization})");
        OptionCheck.Require("ALS", Alpha is > 0 and <= 1e6, nameof(Alpha), $"must be above 0 and at most 1e6 (was {Alpha})");
        OptionCheck.Require("ALS", CgSteps is >= 1 and <= 100, nameof(CgSteps), $"must be between 1 and 100 (was {CgSteps})");
        OptionCheck.Require(
            "ALS",
            MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism is >= 1 and <= 1024,
            nameof(MaxDegreeOfParallelism),
            $"must be -1 (all cores) or between 1 and 1024 (was {MaxDegreeOfParallelism})");
    }
}
