namespace Tailor.Operations;

/// <summary>What the ETS parameter search minimises.</summary>
public enum EtsOptimizationCriterion
{
    /// <summary>Maximum likelihood (R's "lik", the default).</summary>
    Likelihood,

    /// <summary>Mean squared one-step error (R's "mse"); used by simple exponential smoothing in the Theta method.</summary>
    MeanSquaredError,
}
