namespace Tailor.Server.Dashboard;

/// <summary>One hour of a <see cref="Components.WeekHeatMap"/>.</summary>
/// <param name="Shade">How dark the cell is, 0 to 1; null for no data (drawn blank).</param>
/// <param name="Text">What the cell reads (short: it is one hour wide).</param>
/// <param name="Title">The full figure, shown on hover.</param>
public sealed record HeatCell(double? Shade, string Text, string Title);
