namespace Tailor.Experiments;

/// <summary>A stored experiment.</summary>
/// <param name="Key">Key, unique within the shop.</param>
/// <param name="Variants">Variants with the weights they were created with; the first is the control.</param>
/// <param name="Metric">Conversion or revenue.</param>
/// <param name="Bandit">Whether traffic weights shift by Thompson sampling.</param>
/// <param name="Source">Logged outcomes or the subject's orders.</param>
/// <param name="WindowHours">Hours after the first exposure in which outcomes count; null for no limit.</param>
/// <param name="Status">Running or stopped.</param>
/// <param name="Winner">The variant new subjects get once stopped; null for the control.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Weights">Current traffic weights, one per variant (equal to the created ones unless a bandit moved them), summing to 1.</param>
/// <param name="WeightsUpdatedAt">When the current weights took effect.</param>
public sealed record Experiment(
    string Key,
    IReadOnlyList<ExperimentVariant> Variants,
    ExperimentMetric Metric,
    bool Bandit,
    OutcomeSource Source,
    double? WindowHours,
    ExperimentStatus Status,
    string? Winner,
    DateTimeOffset CreatedAt,
    IReadOnlyList<double> Weights,
    DateTimeOffset WeightsUpdatedAt)
{
    /// <summary>Name of the control, the first variant.</summary>
    public string Control => Variants[0].Name;

    /// <summary>Index of the variant with that name, or -1.</summary>
    public int IndexOf(string variant)
    {
        for (var k = 0; k < Variants.Count; k++)
        {
            if (string.Equals(Variants[k].Name, variant, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }
}
