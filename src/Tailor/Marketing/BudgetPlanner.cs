using System.Globalization;

namespace Tailor.Marketing;

/// <summary>
/// Turns fitted response curves and a budget into a plan: per-channel bounds from the limits, the
/// allocation by <see cref="BudgetAllocator"/> on steady-state revenue curves, and expected results
/// with intervals from the curves' bootstrap draws.
/// </summary>
public static class BudgetPlanner
{
    /// <summary>Plans the budget over the model's channels.</summary>
    /// <param name="model">Fitted response curves.</param>
    /// <param name="options">Budget, scenario, horizon and limits.</param>
    /// <param name="cancellationToken">Checked while the MIP is built.</param>
    /// <exception cref="ArgumentException">
    /// An option is out of range, a limit names an unknown channel, a channel's minimum exceeds its
    /// maximum, or the minimums exceed the budget.
    /// </exception>
    public static AllocationPlan Plan(ResponseCurveModel model, AllocationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var channels = model.Channels;
        if (channels.Count == 0)
        {
            throw new ArgumentException("The response curves have no channel to allocate over.", nameof(model));
        }

        var horizon = options.HorizonDays;
        var warnings = new List<string>();
        var (bounds, held, range) = Bounds(model, options, warnings);
        var minimum = bounds.Sum(b => b.Min) * horizon;
        if (minimum > options.Budget * (1 + 1e-9))
        {
            throw new ArgumentException(
                $"The channels' minimums add up to {Money(minimum)} over {horizon} days, more than the budget of {Money(options.Budget)}.", nameof(options));
        }

        var target = options.Scenario switch
        {
            AllocationScenario.TargetRoas => options.TargetRoas!.Value,
            AllocationScenario.MaxProfit => 1 / options.Margin!.Value,
            _ => 0,
        };
        var curves = PlanningCurves(model, options.ExpectedOverDraws);
        var allocation = options.Scenario != AllocationScenario.MaxResponse && HeldShare(model, held) is { } share
            ? AllocateWithHeldShare(model, curves, bounds, held, range, share, options, target, warnings, cancellationToken)
            : BudgetAllocator.Allocate(curves, bounds, options.Budget / horizon, target, options.Segments, cancellationToken);
        var spend = allocation.Spend.ToArray();
        var current = channels.Select(c => c.CurrentDailySpend).ToArray();
        var recommended = spend.Sum() * horizon;
        if (options.Scenario == AllocationScenario.MaxResponse && recommended < options.Budget * (1 - 1e-6))
        {
            warnings.Add($"The channels' maximums let only {Money(recommended)} of the budget of {Money(options.Budget)} be spent.");
        }

        if (options.Scenario != AllocationScenario.MaxResponse && !allocation.BudgetBinding)
        {
            warnings.Add($"Spending stops at {Money(recommended)}: beyond that no channel returns the target ROAS of {target.ToString("0.##", CultureInfo.InvariantCulture)}.");
        }

        ReachWarnings(model, options, curves, spend, held, Math.Max(target, allocation.MarginalResponse), warnings);
        var perUnit = 1 / model.RevenuePerUnit;
        var lines = new List<ChannelAllocation>();
        for (var c = 0; c < channels.Count; c++)
        {
            var name = channels[c].Channel;
            var x = spend[c];
            var revenue = Interval(model, curves, c, d => d.Value(x)).Times(horizon);
            var marginal = Interval(model, curves, c, d => d.Slope(x));
            lines.Add(new ChannelAllocation(
                name, current[c] * horizon, x * horizon, bounds[c].Min * horizon, bounds[c].Max * horizon, revenue.Times(perUnit), revenue,
                x > 0 ? revenue.Times(1 / (x * horizon)) : null, marginal, channels[c].Identified, held[c]));
        }

        var expectedRevenue = Total(model, curves, spend, horizon);
        Estimate? profit = options.Margin is { } margin
            ? new Estimate(
                (margin * expectedRevenue.Value) - recommended, (margin * expectedRevenue.Lower) - recommended, (margin * expectedRevenue.Upper) - recommended)
            : null;
        return new AllocationPlan(
            options.Scenario, options.Budget, horizon, target > 0 ? target : null, model.Outcome, allocation.Method, lines,
            current.Sum() * horizon, recommended, Total(model, curves, current, horizon).Times(perUnit), expectedRevenue.Times(perUnit),
            expectedRevenue, profit, allocation.MarginalResponse, warnings);
    }

    /// <summary>Each channel's revenue curve to plan on: the mean of the bootstrap curves, or the best fit.</summary>
    public static IReadOnlyList<IResponseCurve> PlanningCurves(ResponseCurveModel model, bool expectedOverDraws)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Channels.Select(c => expectedOverDraws && model.Draws.Count > 0
                ? new MeanResponseCurve(c.Channel, model.Draws.Select(d => model.RevenueCurve(c.Channel, d)).ToList())
                : (IResponseCurve)model.RevenueCurve(c.Channel))
            .ToList();
    }

    /// <summary>
    /// Names the channels the extrapolation cap stopped while their curve says more would still pay:
    /// beyond the highest weekly spend the history has seen, the curve is the model's guess.
    /// </summary>
    private static void ReachWarnings(
        ResponseCurveModel model, AllocationOptions options, IReadOnlyList<IResponseCurve> curves, double[] spend, bool[] held, double marginal, List<string> warnings)
    {
        if (options.MaxExtrapolation is not { } reach)
        {
            return;
        }

        for (var c = 0; c < curves.Count; c++)
        {
            var channel = model.Channels[c];
            var cap = reach * channel.PeakDailySpend;
            var slope = curves[c].Slope(spend[c]);
            if (!held[c] && spend[c] >= cap * (1 - 1e-9) && slope > marginal * (1 + 1e-6)
                && !options.Maximums.Any(m => m.Channel == channel.Channel))
            {
                warnings.Add(
                    $"Channel '{channel.Channel}' stops at {(reach == 1 ? "" : reach.ToString("0.## 'times' ", CultureInfo.InvariantCulture))}its highest weekly spend in the history ({Money(cap * options.HorizonDays)}): its curve says the next unit of spend would still return {slope.ToString("0.##", CultureInfo.InvariantCulture)} in revenue, but past the spend the data have seen the curve is extrapolated. Give the channel its own maximum to go further.");
            }
        }
    }

    /// <summary>The held channels' share of the historical spend when some channels are held and others are not; null otherwise.</summary>
    private static double? HeldShare(ResponseCurveModel model, bool[] held)
    {
        var channels = model.Channels;
        var total = channels.Sum(c => c.HistoricalDailySpend);
        var heldTotal = channels.Where((_, c) => held[c]).Sum(c => c.HistoricalDailySpend);
        return total > 0 && heldTotal > 0 && heldTotal < total ? heldTotal / total : null;
    }

    /// <summary>
    /// With a target, the total spend is the plan's choice, so a held channel keeps its historical share
    /// of what the plan spends (as it keeps its share of a fixed budget) rather than a historical amount
    /// that would shrink its share as the plan grows and starve a channel that may be as good as the
    /// others. The identified channels are allocated first, within their share of the budget; each held
    /// channel then gets its share of the resulting total, within its own limits (the extrapolation cap).
    /// </summary>
    private static BudgetAllocation AllocateWithHeldShare(
        ResponseCurveModel model, IReadOnlyList<IResponseCurve> curves, SpendBounds[] bounds, bool[] held, SpendBounds[] range, double share,
        AllocationOptions options, double target, List<string> warnings, CancellationToken cancellationToken)
    {
        var channels = model.Channels;
        var dailyBudget = options.Budget / options.HorizonDays;
        var free = bounds.Select((b, c) => held[c] ? SpendBounds.Fixed(0) : b).ToList();
        var othersBudget = dailyBudget * (1 - share);
        if (free.Sum(b => b.Min) > othersBudget * (1 + 1e-12))
        {
            // The others' minimums take more than their share: the held channels keep their historical spend.
            warnings.Add("The other channels' minimums leave no room for the held channels' share: they keep their historical spend.");
            return BudgetAllocator.Allocate(curves, bounds, dailyBudget, target, options.Segments, cancellationToken);
        }

        var others = BudgetAllocator.Allocate(curves, free, othersBudget, target, options.Segments, cancellationToken);
        var scale = others.Spend.Sum() / (1 - share) / channels.Sum(c => c.HistoricalDailySpend);
        var spend = others.Spend.ToArray();
        var response = others.Response;
        for (var c = 0; c < channels.Count; c++)
        {
            if (held[c])
            {
                spend[c] = Math.Clamp(channels[c].HistoricalDailySpend * scale, range[c].Min, range[c].Max);
                bounds[c] = SpendBounds.Fixed(spend[c]);
                response += curves[c].Value(spend[c]);
            }
        }

        return others with { Spend = spend, Response = response, Objective = response - (target * spend.Sum()) };
    }

    /// <summary>
    /// Daily bounds per channel from the options, which channels are held for lack of identification,
    /// and the bounds the held channels would have had without the hold.
    /// </summary>
    private static (SpendBounds[] Bounds, bool[] Held, SpendBounds[] Range) Bounds(ResponseCurveModel model, AllocationOptions options, List<string> warnings)
    {
        var channels = model.Channels;
        foreach (var limit in options.Minimums.Concat(options.Maximums))
        {
            if (!model.HasChannel(limit.Channel))
            {
                throw new ArgumentException(
                    $"A spend limit names channel '{limit.Channel}', which has no response curve; known channels: {string.Join(", ", channels.Select(c => c.Channel))}.",
                    nameof(options));
            }
        }

        var bounds = new SpendBounds[channels.Count];
        var held = new bool[channels.Count];
        var range = new SpendBounds[channels.Count];

        // For a fixed budget a held channel keeps its historical share of it. With a target its historical
        // spend stands until AllocateWithHeldShare gives it its share of the plan's total.
        var historicalTotal = channels.Sum(c => c.HistoricalDailySpend);
        var holdScale = options.Scenario == AllocationScenario.MaxResponse && historicalTotal > 0
            ? options.Budget / options.HorizonDays / historicalTotal
            : 1;
        for (var c = 0; c < channels.Count; c++)
        {
            var channel = channels[c];
            var history = channel.HistoricalDailySpend;
            double min = 0, max = double.PositiveInfinity;
            if (options.MaxChange is { } change)
            {
                (min, max) = (Math.Max(0, (1 - change) * history), (1 + change) * history);
            }

            var own = false;
            foreach (var limit in options.Minimums.Where(m => m.Channel == channel.Channel))
            {
                min = Math.Max(min, limit.Daily(history, options.HorizonDays));
                own = true;
            }

            var ownMax = false;
            foreach (var limit in options.Maximums.Where(m => m.Channel == channel.Channel))
            {
                max = Math.Min(max, limit.Daily(history, options.HorizonDays));
                own = ownMax = true;
            }

            if (!ownMax && options.MaxExtrapolation is { } reach)
            {
                max = Math.Max(min, Math.Min(max, reach * channel.PeakDailySpend));
            }

            if (min > max * (1 + 1e-12))
            {
                throw new ArgumentException(
                    $"Channel '{channel.Channel}' must spend at least {Money(min * options.HorizonDays)} but at most {Money(max * options.HorizonDays)}.", nameof(options));
            }

            range[c] = new SpendBounds(min, Math.Max(min, max));

            // A curve the data cannot identify is a guess; without the user's own limits the channel keeps
            // its historical share of the budget (max response) or of the plan's spend (with a target).
            if (!channel.Identified && options.HoldUnidentified && !own)
            {
                (min, max) = (history * holdScale, history * holdScale);
                held[c] = true;
                warnings.Add(options.Scenario == AllocationScenario.MaxResponse
                    ? $"Channel '{channel.Channel}' keeps its historical share of the budget: {string.Join(" ", channel.Warnings)}"
                    : $"Channel '{channel.Channel}' keeps its historical share of the planned spend{(double.IsFinite(range[c].Max) ? $" (at most {Money(range[c].Max * options.HorizonDays)})" : "")}: {string.Join(" ", channel.Warnings)}");
            }

            bounds[c] = new SpendBounds(min, Math.Max(min, max));
        }

        return (bounds, held, range);
    }

    /// <summary>A value of one channel's planning curve with the percentile interval of the same value over the bootstrap curves.</summary>
    private static Estimate Interval(ResponseCurveModel model, IReadOnlyList<IResponseCurve> curves, int channel, Func<IResponseCurve, double> value)
    {
        var name = curves[channel].Channel;
        return Estimate.FromDraws(value(curves[channel]), model.Draws.Select(d => value(model.RevenueCurve(name, d))).ToList(), model.IntervalLevel);
    }

    /// <summary>Total incremental revenue over the horizon at daily spends, with the interval of the bootstrap curves' totals.</summary>
    private static Estimate Total(ResponseCurveModel model, IReadOnlyList<IResponseCurve> curves, double[] daily, int horizon)
    {
        var point = 0.0;
        for (var c = 0; c < curves.Count; c++)
        {
            point += curves[c].Value(daily[c]);
        }

        var draws = model.Draws.Select(d =>
        {
            var sum = 0.0;
            for (var c = 0; c < curves.Count; c++)
            {
                sum += model.RevenueCurve(curves[c].Channel, d).Value(daily[c]);
            }

            return sum * horizon;
        }).ToList();
        return Estimate.FromDraws(point * horizon, draws, model.IntervalLevel);
    }

    private static string Money(double amount) => amount.ToString("N2", CultureInfo.InvariantCulture);
}
