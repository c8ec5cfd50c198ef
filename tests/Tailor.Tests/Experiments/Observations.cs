using Tailor.Experiments;

namespace Tailor.Tests.Experiments;

/// <summary>Experiments and exposed subjects built in memory for analyzer tests.</summary>
internal static class Observations
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static Experiment Experiment(ExperimentMetric metric, params (string Name, double Weight)[] variants)
    {
        double total = variants.Sum(v => v.Weight);
        return new Experiment("test", variants.Select(v => new ExperimentVariant(v.Name, v.Weight)).ToArray(), metric, false,
            OutcomeSource.Logged, null, ExperimentStatus.Running, null, Start, variants.Select(v => v.Weight / total).ToArray(), Start);
    }

    /// <summary>Subjects of one variant, <paramref name="converted"/> of them with one conversion.</summary>
    public static IEnumerable<ExperimentObservation> Conversions(string variant, int exposed, int converted) =>
        Enumerable.Range(0, exposed).Select(i =>
            new ExperimentObservation($"{variant}-{i}", variant, Start.AddMinutes(i), i < converted ? 1 : 0, i < converted ? 1 : 0, 0, 0));
}
