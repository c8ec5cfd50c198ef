namespace Tailor.Tests;

/// <summary>
/// The data sets in ../shared/data beside the repository. Tests that need them skip only when the
/// folder is absent on a developer machine; on CI (CI=true) a missing file fails the test instead.
/// </summary>
public static class SharedData
{
    public static string? OnlineRetailPath { get; } = Find("online_retail.csv.gz");

    private static string? Find(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A fact that needs the Online Retail file.</summary>
public sealed class OnlineRetailFactAttribute : FactAttribute
{
    public OnlineRetailFactAttribute()
    {
        if (SharedData.OnlineRetailPath is null && !SharedData.OnCi)
        {
            Skip = "../shared/data/online_retail.csv.gz is not beside the repository";
        }
    }
}
