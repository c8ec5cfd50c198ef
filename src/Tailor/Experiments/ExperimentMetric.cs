namespace Tailor.Experiments;

/// <summary>What an experiment measures per exposed subject.</summary>
public enum ExperimentMetric
{
    /// <summary>Binary: did the subject convert (any positive outcome)? Compared as rates.</summary>
    Conversion,

    /// <summary>Continuous: the sum of the subject's outcome values, such as revenue (0 without outcomes). Compared as means.</summary>
    Revenue,
}
