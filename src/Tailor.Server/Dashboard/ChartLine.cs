namespace Tailor.Server.Dashboard;

/// <summary>A line of a <see cref="Components.BandChart"/>.</summary>
/// <param name="Name">Its name in the legend.</param>
/// <param name="Class">Its CSS class (colour and dash).</param>
/// <param name="X">Its x values, ascending.</param>
/// <param name="Y">Its y values, one per x.</param>
public sealed record ChartLine(string Name, string Class, IReadOnlyList<double> X, IReadOnlyList<double> Y);
