namespace Tailor.Experiments;

/// <summary>Why an experiment request failed.</summary>
public enum ExperimentProblem
{
    /// <summary>The shop has no experiment with that key.</summary>
    NotFound,

    /// <summary>The request conflicts with the experiment's state: the key exists, the subject was never assigned, the source is orders.</summary>
    Conflict,
}
