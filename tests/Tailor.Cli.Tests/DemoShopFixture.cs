namespace Tailor.Cli.Tests;

/// <summary>One demo shop for every test: allocate only reads the store.</summary>
public sealed class DemoShopFixture : IDisposable
{
    public DemoShopFixture() => Cli.Run("demo", "--no-serve", "--customers", "300");

    public CliRun Cli { get; } = new();

    public void Dispose() => Cli.Dispose();
}
