namespace Tailor.Experiments;

/// <summary>An exposure that happened elsewhere (an email tool's A/B send), imported with its outcome.</summary>
/// <param name="Subject">Customer id.</param>
/// <param name="Variant">Variant the subject saw.</param>
/// <param name="ExposedAt">When.</param>
/// <param name="Outcome">Outcome value recorded at the exposure time; null for none.</param>
public sealed record HistoricalExposure(string Subject, string Variant, DateTimeOffset ExposedAt, double? Outcome);
