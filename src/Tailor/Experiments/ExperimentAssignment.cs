namespace Tailor.Experiments;

/// <summary>The variant a subject sees.</summary>
/// <param name="Experiment">Experiment key.</param>
/// <param name="Subject">Customer id (or an anonymous session id).</param>
/// <param name="Variant">Variant name.</param>
/// <param name="ExposedAt">The subject's first exposure; null when the experiment is stopped and never exposed them.</param>
/// <param name="FirstExposure">True when this request logged the subject's first exposure.</param>
public sealed record ExperimentAssignment(string Experiment, string Subject, string Variant, DateTimeOffset? ExposedAt, bool FirstExposure);
