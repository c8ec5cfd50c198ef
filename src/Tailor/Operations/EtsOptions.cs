namespace Tailor.Operations;

/// <summary>
/// Knobs of <see cref="EtsForecaster"/>, the exponential smoothing state space models of Hyndman et al.
/// (2008) as R's <c>forecast::ets</c> fits them. Defaults (in <see cref="EtsDefaults"/>) reproduce R's
/// <c>ets(y)</c>.
/// </summary>
public sealed record EtsOptions
{
    /// <summary>
    /// The model to fit; null (the default) selects one automatically by <see cref="Criterion"/> among the
    /// combinations R allows: additive or multiplicative errors, no, additive or damped trend, no, additive
    /// or multiplicative season, without additive errors with multiplicative seasons and without
    /// multiplicative errors on data that are not strictly positive.
    /// </summary>
    public EtsSpec? Model { get; init; }

    /// <summary>Criterion for automatic selection. Default <see cref="EtsInformationCriterion.Aicc"/>.</summary>
    public EtsInformationCriterion Criterion { get; init; } = EtsInformationCriterion.Aicc;

    /// <summary>Whether automatic selection considers damped trends. Default true.</summary>
    public bool AllowDamped { get; init; } = true;

    /// <summary>Restricts automatic selection to additive components only. Default false.</summary>
    public bool AdditiveOnly { get; init; }

    /// <summary>What the parameter search minimises. Default <see cref="EtsOptimizationCriterion.Likelihood"/>.</summary>
    public EtsOptimizationCriterion OptimizationCriterion { get; init; } = EtsOptimizationCriterion.Likelihood;

    /// <summary>Parameter region searched. Default <see cref="EtsBounds.Both"/>.</summary>
    public EtsBounds Bounds { get; init; } = EtsBounds.Both;

    /// <summary>Lower limit of alpha, beta and gamma in the usual region. Range (0, 1). Default 1e-4.</summary>
    public double SmoothingLower { get; init; } = EtsDefaults.SmoothingLower;

    /// <summary>Upper limit of alpha, beta and gamma in the usual region. Range (0, 1). Default 0.9999.</summary>
    public double SmoothingUpper { get; init; } = EtsDefaults.SmoothingUpper;

    /// <summary>Lower limit of the damping parameter phi. Range (0, 1]. Default 0.8.</summary>
    public double PhiLower { get; init; } = EtsDefaults.PhiLower;

    /// <summary>Upper limit of the damping parameter phi. Range (0, 1]. Default 0.98.</summary>
    public double PhiUpper { get; init; } = EtsDefaults.PhiUpper;

    /// <summary>
    /// Cap on objective evaluations of the Nelder-Mead search per model, as R's <c>maxit</c>.
    /// Range [10, 1e6]. Default 2000.
    /// </summary>
    public int MaxEvaluations { get; init; } = EtsDefaults.MaxEvaluations;

    /// <summary>
    /// Longest season length modelled; longer seasons are ignored in automatic selection (R's limit is 24).
    /// Range [2, 366]. Default 24; each extra seasonal state slows fitting.
    /// </summary>
    public int MaxSeasonLength { get; init; } = EtsDefaults.MaxSeasonLength;

    /// <summary>
    /// Simulates the prediction intervals from sample paths instead of the analytic formulas of
    /// Hyndman et al. (2008, ch. 6). R simulates only for models without analytic results, which Tailor
    /// does not fit, so the default false matches R.
    /// </summary>
    public bool SimulateIntervals { get; init; }

    /// <summary>Number of sample paths when simulating intervals. Range [100, 1e6]. Default 5000.</summary>
    public int SimulationPaths { get; init; } = EtsDefaults.SimulationPaths;

    /// <summary>Random seed for simulated intervals; the same seed gives the same intervals. Default 42.</summary>
    public int Seed { get; init; } = EtsDefaults.Seed;

    /// <summary>
    /// Most threads automatic selection uses to fit the candidate models of one series; -1 for all cores,
    /// 1 for none. Results do not depend on it. Default -1.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = EtsDefaults.MaxDegreeOfParallelism;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(SmoothingLower is > 0 and < 1, nameof(SmoothingLower), $"must be in (0, 1) (was {SmoothingLower})");
        Require(SmoothingUpper is > 0 and < 1, nameof(SmoothingUpper), $"must be in (0, 1) (was {SmoothingUpper})");
        Require(SmoothingLower < SmoothingUpper, nameof(SmoothingLower), "must be below SmoothingUpper");
        Require(PhiLower is > 0 and <= 1, nameof(PhiLower), $"must be in (0, 1] (was {PhiLower})");
        Require(PhiUpper is > 0 and <= 1, nameof(PhiUpper), $"must be in (0, 1] (was {PhiUpper})");
        Require(PhiLower <= PhiUpper, nameof(PhiLower), "must not exceed PhiUpper");
        Require(MaxEvaluations is >= 10 and <= 1_000_000, nameof(MaxEvaluations), $"must be between 10 and 1e6 (was {MaxEvaluations})");
        Require(MaxSeasonLength is >= 2 and <= 366, nameof(MaxSeasonLength), $"must be between 2 and 366 (was {MaxSeasonLength})");
        Require(
            MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism is >= 1 and <= 1024,
            nameof(MaxDegreeOfParallelism),
            $"must be -1 (all cores) or between 1 and 1024 (was {MaxDegreeOfParallelism})");
        Require(SimulationPaths is >= 100 and <= 1_000_000, nameof(SimulationPaths), $"must be between 100 and 1e6 (was {SimulationPaths})");
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ETS option {option} {problem}.", option);
        }
    }
}
