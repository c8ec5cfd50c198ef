using Tailor.Simulation;

namespace Tailor.Tests.Simulation;

public class ShopSimulatorOptionsTests
{
    public static TheoryData<string, ShopSimulatorOptions> Nonsense => new()
    {
        { "Customers", new ShopSimulatorOptions { Customers = 0 } },
        { "Customers", new ShopSimulatorOptions { Customers = -5 } },
        { "Items", new ShopSimulatorOptions { Items = 3 } },
        { "Days", new ShopSimulatorOptions { Days = 0 } },
        { "ShopId", new ShopSimulatorOptions { ShopId = " " } },
        { "ContentShare", new ShopSimulatorOptions { ContentShare = 0.9 } },
        { "ContentShare", new ShopSimulatorOptions { ContentShare = double.NaN } },
        { "TasteDimensions", new ShopSimulatorOptions { TasteDimensions = 0 } },
        { "InitialCustomerShare", new ShopSimulatorOptions { InitialCustomerShare = 1.5 } },
        { "PurchaseProcess", new ShopSimulatorOptions { PurchaseProcess = new BgNbdParameters(0, 10, 1, 1) } },
        { "PurchaseProcess", new ShopSimulatorOptions { PurchaseProcess = new BgNbdParameters(1, 10, 1, -1) } },
        { "Channels", new ShopSimulatorOptions { Channels = [ShopSimulatorDefaults.Channels[0], ShopSimulatorDefaults.Channels[0]] } },
        { "Channels", new ShopSimulatorOptions { Channels = [ShopSimulatorDefaults.Channels[0] with { AdstockDecay = 1 }] } },
        { "Channels", new ShopSimulatorOptions { Channels = [ShopSimulatorDefaults.Channels[0] with { HalfSaturation = 0 }] } },
        { "Channels", new ShopSimulatorOptions { Channels = [ShopSimulatorDefaults.Channels[0] with { Name = "" }] } },
    };

    [Theory]
    [MemberData(nameof(Nonsense))]
    public void Nonsense_options_are_rejected_with_an_argument_exception_naming_the_option(string option, ShopSimulatorOptions options)
    {
        var error = Assert.Throws<ArgumentException>(() => ShopSimulator.Generate(options));
        Assert.Equal(option, error.ParamName);
        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_options_are_rejected() =>
        Assert.Throws<ArgumentNullException>(() => ShopSimulator.Generate(null!));

    [Fact]
    public void Defaults_match_the_documented_values()
    {
        var options = new ShopSimulatorOptions();
        Assert.Equal(42, options.Seed);
        Assert.Equal(2000, options.Customers);
        Assert.Equal(500, options.Items);
        Assert.Equal(730, options.Days);
        Assert.Equal(new DateOnly(2024, 1, 1), options.Start);
        Assert.Equal("default", options.ShopId);
        Assert.Equal(8, options.TasteDimensions);
        Assert.InRange(options.Channels.Count, 4, 5);
        Assert.Contains(options.Channels, c => c.Shape > 1);
        Assert.Contains(options.Channels, c => c.Shape <= 1);
        options.Validate();
    }

    [Fact]
    public void A_cancelled_generation_throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(
            () => ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 100, Days = 60 }, cancellation.Token));
    }
}
