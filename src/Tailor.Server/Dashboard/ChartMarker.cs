namespace Tailor.Server.Dashboard;

/// <summary>A vertical line with a label in a <see cref="Components.BandChart"/>, such as today's spend or where the forecast starts.</summary>
/// <param name="X">Where it stands.</param>
/// <param name="Label">What it marks.</param>
public sealed record ChartMarker(double X, string Label);
