namespace Tailor.Experiments;

/// <summary>Default values of <see cref="ExperimentOptions"/>.</summary>
public static class ExperimentDefaults
{
    /// <summary>Confidence level of intervals; alpha = 1 - confidence.</summary>
    public const double Confidence = 0.95;

    /// <summary>Correction across the treatments compared with the control.</summary>
    public const PValueCorrection Correction = PValueCorrection.Holm;

    /// <summary>N*: the total sample size at which the sequential interval is tightest (GrowthBook's default).</summary>
    public const double SequentialTuningSubjects = 5000;

    /// <summary>p-value below which a sample-ratio mismatch is flagged.</summary>
    public const double SrmThreshold = SampleRatioMismatch.DefaultThreshold;

    /// <summary>Share of variance the CUPED covariate must explain to be used.</summary>
    public const double CupedMinimumReduction = 0.01;

    /// <summary>Days before exposure whose orders form the CUPED covariate (GrowthBook's default lookback).</summary>
    public const int PrePeriodDays = 14;

    /// <summary>Monte Carlo draws for Bayesian figures of three or more variants.</summary>
    public const int MonteCarloDraws = 100_000;

    /// <summary>Seed of the Monte Carlo draws.</summary>
    public const int Seed = 2017;

    /// <summary>Hours between bandit weight updates.</summary>
    public const double BanditUpdateHours = 1;

    /// <summary>Exposures every variant needs before a bandit moves any weight.</summary>
    public const int BanditBurnInExposures = 100;

    /// <summary>Smallest traffic share a bandit leaves any variant, so that it can still recover.</summary>
    public const double BanditMinimumWeight = 0.01;
}
