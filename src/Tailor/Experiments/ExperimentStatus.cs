namespace Tailor.Experiments;

/// <summary>Whether an experiment still assigns new subjects.</summary>
public enum ExperimentStatus
{
    /// <summary>Assigns subjects and logs their exposures.</summary>
    Running,

    /// <summary>Logs no new exposures: earlier subjects keep their variant, new ones get the winner (or the control).</summary>
    Stopped,
}
