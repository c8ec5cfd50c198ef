namespace Tailor.Server.Apis;

/// <summary>POST /experiments: a new experiment.</summary>
/// <param name="Key">Unique key: letters, digits, '-', '_', '.'.</param>
/// <param name="Variants">Two or more variants with weights; the first is the control.</param>
/// <param name="Metric">"conversion" (default) or "revenue".</param>
/// <param name="Bandit">Thompson-sampling bandit: weights shift hourly towards likely winners.</param>
/// <param name="Source">"logged" (default; outcomes posted to .../outcomes) or "orders" (the customers' orders after exposure).</param>
/// <param name="WindowHours">Outcomes count only this many hours after the first exposure; omitted for no limit.</param>
public sealed record ExperimentInput(
    string? Key, IReadOnlyList<VariantInput>? Variants, string? Metric, bool? Bandit, string? Source, double? WindowHours);

/// <summary>A variant of a new experiment.</summary>
/// <param name="Name">Name: a strategy, a subject line, a send-time policy.</param>
/// <param name="Weight">Relative traffic share; 1 when omitted.</param>
public sealed record VariantInput(string? Name, double? Weight);
