namespace Tailor.Marketing;

/// <summary>
/// Splits a daily budget over channels to maximise the total response minus a target times the spend,
/// within per-channel bounds. With a target of 0 this is the most response for the budget; with a
/// target R in revenue per unit of spend it spends until the marginal return falls to R (a target
/// ROAS; 1 / margin maximises profit), never beyond the budget. Concave curves are solved exactly by
/// equalising marginal returns (bisection on the Lagrange multiplier). With S-shaped curves a
/// piecewise-linear MIP (SCIP via OR-Tools) decides which channels to switch on; the exact method then
/// polishes the spend within that choice, and switching each S-shaped channel the other way is tried too.
/// </summary>
public static class BudgetAllocator
{
    /// <summary>Default number of linear pieces per S-shaped curve in the MIP.</summary>
    public const int DefaultSegments = 32;

    /// <summary>Allocates a daily budget.</summary>
    /// <param name="curves">Each channel's steady-state response to a daily spend.</param>
    /// <param name="bounds">Each channel's daily spend range, in the order of <paramref name="curves"/>.</param>
    /// <param name="dailyBudget">Most that may be spent a day over all channels, at least the sum of the minimums.</param>
    /// <param name="target">Smallest marginal response worth buying; 0 spends the whole budget.</param>
    /// <param name="segments">Linear pieces per curve in the MIP, in [4, 1000].</param>
    /// <param name="cancellationToken">Checked while the MIP is built.</param>
    /// <exception cref="ArgumentException">Counts differ, a curve or bound is invalid, or the minimums exceed the budget.</exception>
    public static BudgetAllocation Allocate(
        IReadOnlyList<IResponseCurve> curves,
        IReadOnlyList<SpendBounds> bounds,
        double dailyBudget,
        double target = 0,
        int segments = DefaultSegments,
        CancellationToken cancellationToken = default)
    {
        Validate(curves, bounds, dailyBudget, target, segments);
        var n = curves.Count;
        var lower = bounds.Select(b => b.Min).ToArray();
        var minimums = lower.Sum();

        // No channel can take more than what the others' minimums leave of the budget.
        var upper = bounds.Select((b, c) => Math.Min(b.Max, dailyBudget - minimums + lower[c])).ToArray();
        if (curves.All(c => c.IsConcave))
        {
            var (spend, multiplier, binding) = LagrangeAllocator.Solve(curves, lower, upper, dailyBudget, target);
            return Result(curves, spend, target, multiplier, binding, "lagrange");
        }

        var mip = PiecewiseAllocator.Solve(curves, lower, upper, dailyBudget, target, segments, cancellationToken);
        var on = new bool[n];
        for (var c = 0; c < n; c++)
        {
            on[c] = mip[c] > lower[c] + (1e-6 * Math.Max(1, upper[c] - lower[c]));
        }

        var best = Result(curves, mip, target, Slope(curves, mip, lower, upper, target), mip.Sum() >= dailyBudget * (1 - 1e-9), "mip");
        var candidates = new List<bool[]> { on };
        for (var c = 0; c < n; c++)
        {
            if (!curves[c].IsConcave)
            {
                var flipped = (bool[])on.Clone();
                flipped[c] = !flipped[c];
                candidates.Add(flipped);
            }
        }

        // An S-shaped channel that is on spends on the concave part of its curve, past its inflection.
        var polished = candidates.Select(candidate => Polish(
            curves, lower, upper, dailyBudget, target, candidate, c => (Math.Min(upper[c], Math.Max(lower[c], curves[c].ConcaveFrom)), upper[c])));

        // The mean of bootstrap curves can be concave at low spend and rise again much later (a few
        // S-shaped draws among concave ones): on or off past the latest inflection cannot say "a little",
        // and the MIP alone leaves the spend on its grid. So each channel the MIP switched on also moves
        // only within the concave stretch around its MIP spend.
        var local = Polish(curves, lower, upper, dailyBudget, target, on, c => ConcaveStretch(curves[c], mip[c], lower[c], upper[c]));
        foreach (var allocation in polished.Append(local))
        {
            if (allocation is not null && allocation.Objective > best.Objective)
            {
                best = allocation;
            }
        }

        return best;
    }

    // Relative step of the search for the ends of a concave stretch, and how far below the spend it looks.
    private const double StretchStep = 1.01;

    private const double StretchDepth = 1e4;

    /// <summary>The widest range around a spend, within the bounds, over which the curve's slope does not rise.</summary>
    private static (double From, double To) ConcaveStretch(IResponseCurve curve, double spend, double lower, double upper)
    {
        // Still concave this far below the spend, the curve is taken to be concave down to the minimum
        // (a Hill curve's slope keeps rising towards zero spend; the search must end somewhere).
        var floor = Math.Max(lower, spend / StretchDepth);
        var from = spend;
        while (from / StretchStep > floor && curve.Slope(from / StretchStep) >= curve.Slope(from))
        {
            from /= StretchStep;
        }

        var to = spend;
        while (to * StretchStep < upper && curve.Slope(to * StretchStep) <= curve.Slope(to))
        {
            to *= StretchStep;
        }

        from = from / StretchStep <= floor ? lower : from;
        to = to * StretchStep >= upper ? upper : to;
        return (Math.Min(from, spend), Math.Max(to, spend));
    }

    /// <summary>
    /// Exact allocation given which S-shaped channels are on: a concave channel spends anywhere within its
    /// bounds, an S-shaped one that is on within the range <paramref name="onRange"/> gives it, one that
    /// is off stays at its minimum. Null when the ranges' minimums exceed the budget.
    /// </summary>
    private static BudgetAllocation? Polish(
        IReadOnlyList<IResponseCurve> curves, double[] lower, double[] upper, double budget, double target, bool[] on, Func<int, (double From, double To)> onRange)
    {
        var n = curves.Count;
        var from = new double[n];
        var to = new double[n];
        for (var c = 0; c < n; c++)
        {
            (from[c], to[c]) = curves[c].IsConcave ? (lower[c], upper[c]) : on[c] ? onRange(c) : (lower[c], lower[c]);
        }

        if (from.Sum() > budget)
        {
            return null;
        }

        var (spend, multiplier, binding) = LagrangeAllocator.Solve(curves, from, to, budget, target);
        return Result(curves, spend, target, multiplier, binding, "mip");
    }

    // The MIP's own marginal: the largest slope among channels strictly inside their range.
    private static double Slope(IReadOnlyList<IResponseCurve> curves, double[] spend, double[] lower, double[] upper, double target)
    {
        var slope = target;
        for (var c = 0; c < curves.Count; c++)
        {
            if (spend[c] > lower[c] && spend[c] < upper[c])
            {
                slope = Math.Max(slope, curves[c].Slope(spend[c]));
            }
        }

        return slope;
    }

    private static BudgetAllocation Result(
        IReadOnlyList<IResponseCurve> curves, double[] spend, double target, double multiplier, bool binding, string method)
    {
        var response = 0.0;
        for (var c = 0; c < curves.Count; c++)
        {
            response += curves[c].Value(spend[c]);
        }

        return new BudgetAllocation(spend, response, response - (target * spend.Sum()), multiplier, binding, method);
    }

    private static void Validate(IReadOnlyList<IResponseCurve> curves, IReadOnlyList<SpendBounds> bounds, double dailyBudget, double target, int segments)
    {
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(bounds);
        if (curves.Count == 0)
        {
            throw new ArgumentException("There are no channels to allocate over.", nameof(curves));
        }

        if (bounds.Count != curves.Count)
        {
            throw new ArgumentException($"There are {curves.Count} curves but {bounds.Count} bounds.", nameof(bounds));
        }

        for (var c = 0; c < curves.Count; c++)
        {
            var curve = curves[c] ?? throw new ArgumentException($"Curve {c} is null.", nameof(curves));
            if (curve is SpendCurve { IsValid: false })
            {
                throw new ArgumentException($"Curve of '{curve.Channel}' needs a finite MaxResponse >= 0, HalfSaturation > 0 and Shape > 0.", nameof(curves));
            }

            var bound = bounds[c] ?? throw new ArgumentException($"Bounds of '{curve.Channel}' are null.", nameof(bounds));
            if (!(double.IsFinite(bound.Min) && bound.Min >= 0 && bound.Max >= bound.Min) || double.IsNaN(bound.Max))
            {
                throw new ArgumentException($"Bounds of '{curve.Channel}' must have 0 <= min <= max (were {bound.Min} and {bound.Max}).", nameof(bounds));
            }
        }

        if (!(double.IsFinite(dailyBudget) && dailyBudget >= 0))
        {
            throw new ArgumentException($"The budget must be a finite amount of at least 0 (was {dailyBudget}).", nameof(dailyBudget));
        }

        var minimums = bounds.Sum(b => b.Min);
        if (minimums > dailyBudget * (1 + 1e-12))
        {
            throw new ArgumentException($"The channels' minimums add up to {minimums:0.##} a day, more than the budget of {dailyBudget:0.##}.", nameof(bounds));
        }

        if (!(double.IsFinite(target) && target >= 0))
        {
            throw new ArgumentException($"The target must be a finite value of at least 0 (was {target}).", nameof(target));
        }

        if (segments is < 4 or > 1000)
        {
            throw new ArgumentException($"Segments must be between 4 and 1000 (was {segments}).", nameof(segments));
        }
    }
}
