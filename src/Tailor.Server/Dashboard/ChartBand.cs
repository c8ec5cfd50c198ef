namespace Tailor.Server.Dashboard;

/// <summary>An interval drawn as a shaded band in a <see cref="Components.BandChart"/>.</summary>
/// <param name="Name">Its name in the legend, such as "95% interval".</param>
/// <param name="Class">Its CSS class (fill).</param>
/// <param name="X">Its x values, ascending.</param>
/// <param name="Lower">The lower bound at each x.</param>
/// <param name="Upper">The upper bound at each x.</param>
public sealed record ChartBand(string Name, string Class, IReadOnlyList<double> X, IReadOnlyList<double> Lower, IReadOnlyList<double> Upper);
