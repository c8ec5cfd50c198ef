namespace Tailor.Operations;

/// <summary>Turns a demand forecast into safety stock, reorder point, order-up-to level and EOQ.</summary>
public static class InventoryPolicy
{
    /// <summary>
    /// Plans stock for the demand in <paramref name="forecast"/>, which must cover the lead time plus the
    /// review period (and, for the EOQ, gives the mean demand per period over its whole horizon).
    /// </summary>
    public static InventoryPlan Plan(ForecastResult forecast, InventoryPolicyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        options ??= new InventoryPolicyOptions();
        options.Validate();
        int protection = options.LeadTime + options.ReviewPeriod;
        if (forecast.Horizon < protection)
        {
            throw new ArgumentException(
                $"The forecast covers {forecast.Horizon} periods but lead time plus review period is {protection}.", nameof(forecast));
        }

        var zero = new DemandOverPeriods(0, 0);
        DemandOverPeriods leadTime = options.LeadTime > 0 ? DemandOverPeriods.FromForecast(forecast, options.LeadTime) : zero;
        DemandOverPeriods protectionDemand = DemandOverPeriods.FromForecast(forecast, protection);
        double z = InventoryMath.SafetyFactor(options.CycleServiceLevel);
        double safetyStock = z * protectionDemand.StandardDeviation;
        double reorderPoint = InventoryMath.ReorderPoint(leadTime.Mean, z * leadTime.StandardDeviation);
        double? eoq = null;
        if (options.OrderingCost is { } k && options.HoldingCostPerUnitPerPeriod is { } h)
        {
            double perPeriod = 0;
            foreach (double d in forecast.Point)
            {
                perPeriod += d;
            }

            eoq = InventoryMath.EconomicOrderQuantity(k, h, Math.Max(0, perPeriod / forecast.Horizon));
        }

        return new InventoryPlan(leadTime, protectionDemand, safetyStock, reorderPoint, protectionDemand.Mean + safetyStock, eoq);
    }
}
