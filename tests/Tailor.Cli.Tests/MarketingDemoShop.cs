namespace Tailor.Cli.Tests;

/// <summary>A demo shop loaded once for the marketing verb tests, which only read it.</summary>
public sealed class MarketingDemoShop : IDisposable
{
    public MarketingDemoShop() => Cli.Run("demo", "--no-serve", "--customers", "300");

    public CliRun Cli { get; } = new();

    public void Dispose() => Cli.Dispose();
}
