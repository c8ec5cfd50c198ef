namespace Tailor.Tests.Operations;

/// <summary>Tolerance assertions with messages that show how far off a value is.</summary>
internal static class Approx
{
    public static void Relative(double expected, double actual, double tolerance, string what = "")
    {
        double error = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(
            error <= tolerance,
            $"{what} expected {expected} within {tolerance:P3}, got {actual} ({error:P4} off)");
    }

    public static void Absolute(double expected, double actual, double tolerance, string what = "")
    {
        Assert.True(
            Math.Abs(actual - expected) <= tolerance,
            $"{what} expected {expected} +/- {tolerance}, got {actual}");
    }

    public static void AllRelative(double[] expected, IReadOnlyList<double> actual, double tolerance, string what = "")
    {
        Assert.True(actual.Count >= expected.Length, $"{what}: {actual.Count} values, expected at least {expected.Length}");
        for (int i = 0; i < expected.Length; i++)
        {
            Relative(expected[i], actual[i], tolerance, $"{what}[{i}]");
        }
    }
}
