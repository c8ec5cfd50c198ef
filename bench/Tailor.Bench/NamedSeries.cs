namespace Tailor.Bench;

/// <summary>One daily demand series, oldest day first.</summary>
internal sealed record NamedSeries(string Name, double[] Values);
