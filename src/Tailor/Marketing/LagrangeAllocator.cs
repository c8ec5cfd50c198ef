namespace Tailor.Marketing;

/// <summary>
/// Exact allocation for curves that are concave on each channel's range: at the optimum every channel
/// strictly inside its bounds has the same marginal response, the Lagrange multiplier of the budget
/// (or the target, when the budget is not used up). Bisection on the multiplier, and for each value
/// bisection on each channel's spend.
/// </summary>
internal static class LagrangeAllocator
{
    // Bisection stops at this relative width, or after this many halvings.
    private const double Tolerance = 1e-10;
    private const int Steps = 200;

    /// <param name="curves">Response curves.</param>
    /// <param name="lower">Lowest spend per channel.</param>
    /// <param name="upper">Highest spend per channel (finite); each curve must be concave on [lower, upper].</param>
    /// <param name="budget">Total spend allowed.</param>
    /// <param name="target">Smallest marginal response worth buying (0 to spend the whole budget).</param>
    public static (double[] Spend, double Multiplier, bool Binding) Solve(
        IReadOnlyList<IResponseCurve> curves, double[] lower, double[] upper, double budget, double target)
    {
        var n = curves.Count;
        var spend = new double[n];
        var atTarget = Total(curves, lower, upper, target, spend);
        if (atTarget <= budget * (1 + 1e-12))
        {
            // Upper ends can be what the budget leaves a channel: then the budget binds and its price is
            // the smallest slope among the channels that spend.
            if (atTarget < budget * (1 - 1e-9))
            {
                return (spend, target, false);
            }

            var price = double.PositiveInfinity;
            for (var c = 0; c < n; c++)
            {
                price = spend[c] > lower[c] ? Math.Min(price, curves[c].Slope(spend[c])) : price;
            }

            return (spend, double.IsFinite(price) ? Math.Max(price, target) : target, true);
        }

        // The multiplier lies between the target and the largest first-euro slope; find an upper end that spends within budget.
        var low = target;
        var high = Math.Max(target, 1e-12);
        while (Total(curves, lower, upper, high, spend) > budget)
        {
            low = high;
            high *= 2;
            if (high > 1e300)
            {
                break;
            }
        }

        for (var step = 0; step < Steps && high - low > Tolerance * high; step++)
        {
            var middle = 0.5 * (low + high);
            if (Total(curves, lower, upper, middle, spend) > budget)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        Total(curves, lower, upper, high, spend);
        SpendRemainder(spend, upper, budget);
        return (spend, high, true);
    }

    /// <summary>The spend in [lower, upper] where the curve's slope equals the multiplier (or the end it is pushed to).</summary>
    public static double Best(IResponseCurve curve, double lower, double upper, double multiplier)
    {
        if (upper <= lower || curve.Slope(lower) <= multiplier)
        {
            return lower;
        }

        if (curve.Slope(upper) >= multiplier)
        {
            return upper;
        }

        // The slope falls over the range; halve on a log scale when the range starts at zero or spans decades.
        var low = lower > 0 ? lower : upper * 1e-15;
        var high = upper;
        var geometric = high > 1000 * low;
        for (var step = 0; step < Steps && high - low > Tolerance * high; step++)
        {
            var middle = geometric ? Math.Sqrt(low * high) : 0.5 * (low + high);
            if (curve.Slope(middle) > multiplier)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return 0.5 * (low + high);
    }

    private static double Total(IReadOnlyList<IResponseCurve> curves, double[] lower, double[] upper, double multiplier, double[] spend)
    {
        var total = 0.0;
        for (var c = 0; c < curves.Count; c++)
        {
            spend[c] = Best(curves[c], lower[c], upper[c], multiplier);
            total += spend[c];
        }

        return total;
    }

    // Bisection leaves a sliver of the budget unspent; give it to channels with room, so the total is exact.
    private static void SpendRemainder(double[] spend, double[] upper, double budget)
    {
        var remainder = budget - spend.Sum();
        for (var c = 0; c < spend.Length && remainder > 0; c++)
        {
            var room = Math.Min(upper[c] - spend[c], remainder);
            if (room > 0)
            {
                spend[c] += room;
                remainder -= room;
            }
        }
    }
}
