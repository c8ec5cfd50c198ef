namespace Tailor.Operations;

/// <summary>How a stocking rule did over a replay, summed over items.</summary>
/// <param name="Policy">Name of the rule.</param>
/// <param name="CycleServiceLevel">Share of replenishment cycles (from one delivery to the next, per item) without a lost sale.</param>
/// <param name="FillRate">Share of demanded units sold from stock.</param>
/// <param name="HoldingCost">Cost of the stock held at the end of each day (unit cost x annual rate / 365 a unit a day), in shop currency.</param>
/// <param name="OrderingCost">Orders placed x ordering cost.</param>
/// <param name="Orders">Order lines placed.</param>
/// <param name="AverageStockValue">Mean value of the stock on hand at the end of a day, at cost.</param>
/// <param name="DemandUnits">Units demanded.</param>
/// <param name="LostUnits">Units demanded while out of stock (lost sales).</param>
public sealed record PolicyOutcome(
    string Policy,
    double CycleServiceLevel,
    double FillRate,
    double HoldingCost,
    double OrderingCost,
    int Orders,
    double AverageStockValue,
    double DemandUnits,
    double LostUnits)
{
    /// <summary>Holding plus ordering cost.</summary>
    public double TotalCost => HoldingCost + OrderingCost;
}
