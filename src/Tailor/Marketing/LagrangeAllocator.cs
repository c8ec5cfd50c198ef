using MathNet.Numerics.RootFinding;

namespace Tailor.Marketing;

/// <summary>
/// Exact allocation for curves that are concave on each channel's range: at the optimum every channel
/// strictly inside its bounds has the same marginal response, the Lagrange multiplier of the budget
/// (or the target, when the budget is not used up). Brent's method (MathNet) finds the multiplier
/// that spends the budget, and for each multiplier each channel's spend where its slope equals it;
/// both searches run on a log scale, where the functions are smooth over many decades.
/// </summary>
internal static class LagrangeAllocator
{
    private const double Accuracy = 1e-12;
    private const int MaxIterations = 200;

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

        // The multiplier lies above the target; double an upper end until it spends within the budget.
        var low = Math.Max(target, 1e-300);
        var high = Math.Max(2 * target, 1e-9);
        while (Total(curves, lower, upper, high, spend) > budget && high < 1e300)
        {
            low = high;
            high *= 16;
        }

        // Spending falls as the multiplier rises: the root of total(multiplier) - budget, on log(multiplier).
        var logMultiplier = FindRoot(
            u => (Total(curves, lower, upper, Math.Exp(u), spend) / budget) - 1, Math.Log(low), Math.Log(high));
        var multiplier = Math.Exp(logMultiplier);
        Total(curves, lower, upper, multiplier, spend);
        SpendRemainder(spend, upper, budget);
        return (spend, multiplier, true);
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

        // The slope falls over the range; a range from zero starts a few decades below the upper end.
        var from = lower > 0 ? lower : upper * 1e-15;
        return Math.Exp(FindRoot(u => (curve.Slope(Math.Exp(u)) / multiplier) - 1, Math.Log(from), Math.Log(upper)));
    }

    private static double FindRoot(Func<double, double> function, double low, double high)
    {
        // Brent needs a sign change; at a degenerate bracket the nearer end is the answer.
        if (Brent.TryFindRoot(function, low, high, Accuracy, MaxIterations, out var root))
        {
            return root;
        }

        return Math.Abs(function(low)) <= Math.Abs(function(high)) ? low : high;
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

    // The root leaves a sliver of the budget unspent; give it to channels with room, so the total is exact.
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
