using Tailor.Marketing;
using Tailor.Simulation;

namespace Tailor.Tests.Marketing;

/// <summary>
/// The marketing scenario shop (<see cref="MarketingScenario"/>, seed 42) with its curves fitted once
/// with the default options, including the bootstrap: generating and fitting take several seconds.
/// </summary>
public sealed class MarketingScenarioFixture
{
    public MarketingScenarioFixture()
    {
        Shop = ShopSimulator.Generate(MarketingScenario.Options());
        var first = Shop.Spend.Min(s => s.Date);
        var last = Shop.Spend.Max(s => s.Date);
        var history = MarketingHistoryBuilder.FromRecords(Shop.Orders, Shop.Spend, MarketingOutcome.Orders, null, RetailCalendar.Between(first, last));
        Model = ResponseCurveFitter.Fit(history);
        Margin = GrossMargin.FromOrders(Shop.Orders, Shop.Items)!.Value;
    }

    public SimulatedShop Shop { get; }

    public SimulationGroundTruth Truth => Shop.Truth;

    public ResponseCurveModel Model { get; }

    /// <summary>The catalogue's gross margin.</summary>
    public double Margin { get; }

    /// <summary>The true steady-state revenue curve of each of the model's channels, at the truth's planning baseline.</summary>
    public IReadOnlyList<SpendCurve> TrueCurves() => Model.Channels.Select(c =>
    {
        var truth = Truth.Channel(c.Channel);
        return new SpendCurve(c.Channel, Truth.PlanningBaselineDailyOrders * truth.MaxLift * Truth.AverageOrderValue, truth.HalfSaturation, truth.Shape);
    }).ToList();
}
