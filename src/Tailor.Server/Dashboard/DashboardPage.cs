namespace Tailor.Server.Dashboard;

/// <summary>A page of the dashboard as the navigation lists it.</summary>
/// <param name="Title">Its name in the navigation.</param>
/// <param name="Path">Its address.</param>
/// <param name="Built">False while the page only says what it will show.</param>
public sealed record DashboardPage(string Title, string Path, bool Built)
{
    /// <summary>Every page of the dashboard, in the navigation's order.</summary>
    public static IReadOnlyList<DashboardPage> All { get; } =
    [
        new("Overview", "/", Built: true),
        new("Customers", "/customers", Built: true),
        new("Segments", "/segments", Built: true),
        new("Recommendations", "/recommendations", Built: true),
        new("Marketing", "/marketing", Built: false),
        new("Experiments", "/experiments", Built: true),
        new("Operations", "/operations", Built: false),
        new("Data", "/data", Built: true),
    ];
}
