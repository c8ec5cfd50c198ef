namespace Tailor.Tests.Simulation;

/// <summary>Test classes that share the one default shop of <see cref="SimulatedShopFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SimulatedShopCollection : ICollectionFixture<SimulatedShopFixture>
{
    public const string Name = "Simulated shop";
}
