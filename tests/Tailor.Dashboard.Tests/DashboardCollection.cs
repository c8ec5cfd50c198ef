namespace Tailor.Dashboard.Tests;

/// <summary>Every browser test shares one server and one browser, and runs one after another (two cores).</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
