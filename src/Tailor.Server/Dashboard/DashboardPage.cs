namespace Tailor.Server.Dashboard;

/// <summary>A page of the dashboard as the navigation lists it.</summary>
/// <param name="Title">Its name in the navigation.</param>
/// <param name="Path">Its address.</param>
public sealed record DashboardPage(string Title, string Path)
{
    /// <summary>Every page of the dashboard, in the navigation's order.</summary>
    public static IReadOnlyList<DashboardPage> All { get; } =
    [
        new("Overview", "/"),
        new("Customers", "/customers"),
        new("Segments", "/segments"),
        new("Recommendations", "/recommendations"),
        new("Marketing", "/marketing"),
        new("Experiments", "/experiments"),
        new("Operations", "/operations"),
        new("Data", "/data"),
    ];
}
