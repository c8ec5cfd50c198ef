using Google.OrTools.LinearSolver;

namespace Tailor.Marketing;

/// <summary>
/// Allocation for S-shaped curves, whose first euros buy little: each curve becomes a piecewise-linear
/// function in the incremental (delta) formulation, and binaries force an S-shaped curve's segments to
/// fill in order up to its last segment that is steeper than the one before, so the solver may leave a
/// channel off rather than pay for its dead zone. Past that segment the slopes only fall, so a
/// maximising solver fills those in order by itself and they need no binaries. Solved by SCIP through Google OR-Tools.
/// </summary>
internal static class PiecewiseAllocator
{
    /// <returns>Daily spend per channel of the best piecewise-linear allocation.</returns>
    /// <exception cref="InvalidOperationException">SCIP is missing or found no solution.</exception>
    public static double[] Solve(
        IReadOnlyList<IResponseCurve> curves, double[] lower, double[] upper, double budget, double target, int segments, CancellationToken cancellationToken)
    {
        using var solver = Solver.CreateSolver("SCIP")
            ?? throw new InvalidOperationException("The SCIP solver of Google OR-Tools is not available on this machine.");
        var objective = solver.Objective();
        objective.SetMaximization();
        var spendLeft = budget - lower.Sum();
        var budgetRow = solver.MakeConstraint(double.NegativeInfinity, Math.Max(0, spendLeft), "budget");
        var fills = new List<(int Channel, double Width, Variable Fill)>();
        for (var c = 0; c < curves.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var curve = curves[c];
            var width = (upper[c] - lower[c]) / segments;
            if (width <= 0)
            {
                continue;
            }

            var gain = new double[segments];
            var lastRise = 0;
            for (var k = 0; k < segments; k++)
            {
                var from = lower[c] + (k * width);
                gain[k] = curve.Value(from + width) - curve.Value(from);
                lastRise = k > 0 && gain[k] > gain[k - 1] ? k : lastRise;
            }

            Variable? previous = null;
            for (var k = 0; k < segments; k++)
            {
                var fill = solver.MakeNumVar(0, 1, $"fill_{c}_{k}");
                objective.SetCoefficient(fill, gain[k] - (target * width));
                budgetRow.SetCoefficient(fill, width);
                if (previous is not null && !curve.IsConcave && k <= lastRise + 1)
                {
                    // Segment k may only start once segment k-1 is full: fill[k] <= used[k-1] <= fill[k-1].
                    var used = solver.MakeBoolVar($"used_{c}_{k}");
                    var before = solver.MakeConstraint(0, double.PositiveInfinity);
                    before.SetCoefficient(previous, 1);
                    before.SetCoefficient(used, -1);
                    var after = solver.MakeConstraint(0, double.PositiveInfinity);
                    after.SetCoefficient(used, 1);
                    after.SetCoefficient(fill, -1);
                }

                fills.Add((c, width, fill));
                previous = fill;
            }
        }

        // A safety net: the models here solve in milliseconds, and the exact polish follows anyway.
        solver.SetTimeLimit(10_000);
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-4);
        var status = solver.Solve(parameters);
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            throw new InvalidOperationException($"The allocation MIP ended with status {status}.");
        }

        var spend = (double[])lower.Clone();
        foreach (var (channel, width, fill) in fills)
        {
            spend[channel] += width * fill.SolutionValue();
        }

        return spend;
    }
}
