namespace Tailor.Experiments;

/// <summary>A request about an experiment that cannot be done in the experiment's current state.</summary>
public sealed class ExperimentException : InvalidOperationException
{
    public ExperimentException(ExperimentProblem problem, string message)
        : base(message) => Problem = problem;

    public ExperimentException()
    {
    }

    public ExperimentException(string message)
        : base(message)
    {
    }

    public ExperimentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What kind of problem: an unknown experiment, or a conflict with its state.</summary>
    public ExperimentProblem Problem { get; }
}
