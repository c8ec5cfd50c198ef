using MathNet.Numerics.Distributions;

namespace Tailor.Operations;

/// <summary>
/// Textbook inventory formulas (Silver, Pyke and Thomas 2017; Nahmias 2009). Costs and demand must use
/// the same period: a holding cost per unit per year goes with demand per year.
/// </summary>
public static class InventoryMath
{
    /// <summary>
    /// Economic order quantity (Harris 1913): sqrt(2 K D / h), the order size that balances ordering
    /// cost K per order against holding cost h per unit per period for demand D per period.
    /// </summary>
    public static double EconomicOrderQuantity(double orderingCost, double holdingCostPerUnitPerPeriod, double demandPerPeriod)
    {
        Require(orderingCost >= 0 && double.IsFinite(orderingCost), nameof(orderingCost), $"must be a finite cost of at least 0 (was {orderingCost})");
        Require(holdingCostPerUnitPerPeriod > 0 && double.IsFinite(holdingCostPerUnitPerPeriod), nameof(holdingCostPerUnitPerPeriod),
            $"must be a positive finite cost (was {holdingCostPerUnitPerPeriod})");
        Require(demandPerPeriod >= 0 && double.IsFinite(demandPerPeriod), nameof(demandPerPeriod), $"must be at least 0 (was {demandPerPeriod})");
        return Math.Sqrt(2 * orderingCost * demandPerPeriod / holdingCostPerUnitPerPeriod);
    }

    /// <summary>The newsvendor's critical ratio cu / (cu + co): the optimal probability of not running out.</summary>
    public static double CriticalRatio(double overageCost, double underageCost)
    {
        Require(overageCost >= 0 && double.IsFinite(overageCost), nameof(overageCost), $"must be at least 0 (was {overageCost})");
        Require(underageCost >= 0 && double.IsFinite(underageCost), nameof(underageCost), $"must be at least 0 (was {underageCost})");
        Require(overageCost + underageCost > 0, nameof(underageCost), "and the overage cost cannot both be 0");
        return underageCost / (overageCost + underageCost);
    }

    /// <summary>
    /// Newsvendor order-up-to level for normal demand: the critical-ratio quantile mean + z sd, where
    /// overage is the cost of a unit left over and underage the margin lost on a unit short.
    /// </summary>
    public static double NewsvendorQuantity(double overageCost, double underageCost, double mean, double standardDeviation)
    {
        double ratio = CriticalRatio(overageCost, underageCost);
        Require(standardDeviation >= 0 && double.IsFinite(standardDeviation), nameof(standardDeviation), $"must be at least 0 (was {standardDeviation})");
        Require(double.IsFinite(mean), nameof(mean), $"must be finite (was {mean})");
        if (standardDeviation == 0)
        {
            return mean;
        }

        return mean + (standardDeviation * Normal.InvCDF(0, 1, ratio));
    }

    /// <summary>
    /// Newsvendor quantity for Poisson demand, the better model for slow movers: the smallest S with
    /// P(D &lt;= S) at least the critical ratio.
    /// </summary>
    public static int NewsvendorQuantityPoisson(double overageCost, double underageCost, double mean)
    {
        double ratio = CriticalRatio(overageCost, underageCost);
        Require(mean >= 0 && mean <= 1e7, nameof(mean), $"must be between 0 and 1e7 (was {mean})");
        if (mean == 0 || ratio == 0)
        {
            return 0;
        }

        // Walk the probabilities; the cap stops a ratio of 1, which no finite S reaches.
        double p = Math.Exp(-mean);
        double cumulative = p;
        int s = 0;
        int cap = (int)Math.Ceiling(mean + (40 * Math.Sqrt(mean)) + 40);
        while (cumulative < ratio && s < cap)
        {
            s++;
            p *= mean / s;
            cumulative += p;
        }

        return s;
    }

    /// <summary>Safety factor z: the standard normal quantile of the cycle service level (0.95 gives 1.645).</summary>
    public static double SafetyFactor(double cycleServiceLevel)
    {
        Require(cycleServiceLevel is > 0 and < 1, nameof(cycleServiceLevel), $"must be strictly between 0 and 1 (was {cycleServiceLevel})");
        return Normal.InvCDF(0, 1, cycleServiceLevel);
    }

    /// <summary>
    /// Safety stock z sd for a cycle service level (the probability of no stock-out in a replenishment
    /// cycle), given the standard deviation of demand over the protection period (lead time, plus the
    /// review period under periodic review).
    /// </summary>
    public static double SafetyStock(double cycleServiceLevel, double demandStandardDeviation)
    {
        Require(demandStandardDeviation >= 0 && double.IsFinite(demandStandardDeviation), nameof(demandStandardDeviation),
            $"must be at least 0 (was {demandStandardDeviation})");
        return SafetyFactor(cycleServiceLevel) * demandStandardDeviation;
    }

    /// <summary>
    /// Safety stock when the lead time varies too: z sqrt(L sd_d^2 + d^2 sd_L^2) for per-period demand
    /// with mean d and standard deviation sd_d and a lead time with mean L and standard deviation sd_L
    /// periods (independent, Silver, Pyke and Thomas 2017, 6.10).
    /// </summary>
    public static double SafetyStock(
        double cycleServiceLevel, double demandPerPeriod, double demandStandardDeviation, double leadTime, double leadTimeStandardDeviation)
    {
        Require(demandPerPeriod >= 0, nameof(demandPerPeriod), $"must be at least 0 (was {demandPerPeriod})");
        Require(demandStandardDeviation >= 0, nameof(demandStandardDeviation), $"must be at least 0 (was {demandStandardDeviation})");
        Require(leadTime >= 0, nameof(leadTime), $"must be at least 0 (was {leadTime})");
        Require(leadTimeStandardDeviation >= 0, nameof(leadTimeStandardDeviation), $"must be at least 0 (was {leadTimeStandardDeviation})");
        double variance = (leadTime * demandStandardDeviation * demandStandardDeviation)
            + (demandPerPeriod * demandPerPeriod * leadTimeStandardDeviation * leadTimeStandardDeviation);
        return SafetyFactor(cycleServiceLevel) * Math.Sqrt(variance);
    }

    /// <summary>Reorder point of a continuous-review (s, Q) policy: mean lead-time demand plus safety stock.</summary>
    public static double ReorderPoint(double meanLeadTimeDemand, double safetyStock) => meanLeadTimeDemand + safetyStock;

    private static void Require(bool condition, string parameter, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"{parameter} {problem}.", parameter);
        }
    }
}
