namespace Tailor.Experiments;

/// <summary>Knobs of experiment analysis and bandits. Defaults live in <see cref="ExperimentDefaults"/>.</summary>
public sealed record ExperimentOptions
{
    /// <summary>Confidence level of every interval; alpha = 1 - Confidence decides significance. Range (0.5, 1). Default 0.95.</summary>
    public double Confidence { get; init; } = ExperimentDefaults.Confidence;

    /// <summary>Correction of p-values across treatments. Default Holm.</summary>
    public PValueCorrection Correction { get; init; } = ExperimentDefaults.Correction;

    /// <summary>
    /// tau^2 of the mSPRT mixture in squared metric units (rate points squared for conversion); null to
    /// tune it GrowthBook's way from <see cref="SequentialTuningSubjects"/>. Range (0, inf).
    /// </summary>
    public double? MixingVariance { get; init; }

    /// <summary>
    /// N*: total subjects at which the sequential interval is tightest, when <see cref="MixingVariance"/>
    /// is null. Range [10, 1e9]. Default 5000.
    /// </summary>
    public double SequentialTuningSubjects { get; init; } = ExperimentDefaults.SequentialTuningSubjects;

    /// <summary>Apply CUPED with the pre-period covariate when it has any variance. Default true.</summary>
    public bool Cuped { get; init; } = true;

    /// <summary>
    /// Smallest share of the metric's variance the covariate must explain for CUPED to be applied; below it
    /// estimating theta costs more than it saves. Range [0, 1). Default 0.01.
    /// </summary>
    public double CupedMinimumReduction { get; init; } = ExperimentDefaults.CupedMinimumReduction;

    /// <summary>Days before exposure whose orders are the CUPED covariate. Range [1, 3650]. Default 14.</summary>
    public int PrePeriodDays { get; init; } = ExperimentDefaults.PrePeriodDays;

    /// <summary>SRM p-value threshold. Range (0, 0.5). Default 0.001.</summary>
    public double SrmThreshold { get; init; } = ExperimentDefaults.SrmThreshold;

    /// <summary>Monte Carlo draws for P(best) of three or more variants. Range [1000, 10,000,000]. Default 100,000.</summary>
    public int MonteCarloDraws { get; init; } = ExperimentDefaults.MonteCarloDraws;

    /// <summary>Seed of the Monte Carlo draws. Default 2017.</summary>
    public int Seed { get; init; } = ExperimentDefaults.Seed;

    /// <summary>Hours between bandit weight updates. Range (0, 8760]. Default 1.</summary>
    public double BanditUpdateHours { get; init; } = ExperimentDefaults.BanditUpdateHours;

    /// <summary>Exposures each variant needs before the bandit moves weights. Range [0, 1e9]. Default 100.</summary>
    public int BanditBurnInExposures { get; init; } = ExperimentDefaults.BanditBurnInExposures;

    /// <summary>Smallest share a bandit gives any variant; above 0, so every variant keeps some traffic and SRM stays checkable. Range (0, 1 / variants). Default 0.01.</summary>
    public double BanditMinimumWeight { get; init; } = ExperimentDefaults.BanditMinimumWeight;

    /// <summary>alpha = 1 - <see cref="Confidence"/>.</summary>
    public double Alpha => 1 - Confidence;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(Confidence is > 0.5 and < 1, nameof(Confidence), $"must lie strictly between 0.5 and 1 (was {Confidence})");
        Require(Enum.IsDefined(Correction), nameof(Correction), $"is not a known correction ({Correction})");
        Require(MixingVariance is null || (MixingVariance > 0 && double.IsFinite(MixingVariance.Value)), nameof(MixingVariance), $"must be positive (was {MixingVariance})");
        Require(SequentialTuningSubjects is >= 10 and <= 1e9, nameof(SequentialTuningSubjects), $"must lie between 10 and 1e9 (was {SequentialTuningSubjects})");
        Require(CupedMinimumReduction is >= 0 and < 1, nameof(CupedMinimumReduction), $"must lie in [0, 1) (was {CupedMinimumReduction})");
        Require(PrePeriodDays is >= 1 and <= 3650, nameof(PrePeriodDays), $"must lie between 1 and 3650 days (was {PrePeriodDays})");
        Require(SrmThreshold is > 0 and < 0.5, nameof(SrmThreshold), $"must lie strictly between 0 and 0.5 (was {SrmThreshold})");
        Require(MonteCarloDraws is >= 1000 and <= 10_000_000, nameof(MonteCarloDraws), $"must lie between 1,000 and 10,000,000 (was {MonteCarloDraws})");
        Require(BanditUpdateHours is > 0 and <= 8760, nameof(BanditUpdateHours), $"must lie in (0, 8760] hours (was {BanditUpdateHours})");
        Require(BanditBurnInExposures is >= 0 and <= 1_000_000_000, nameof(BanditBurnInExposures), $"must lie between 0 and 1e9 (was {BanditBurnInExposures})");
        Require(BanditMinimumWeight is > 0 and < 0.5, nameof(BanditMinimumWeight), $"must lie strictly between 0 and 0.5 (was {BanditMinimumWeight})");
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Experiment option {option} {problem}.", option);
        }
    }
}
