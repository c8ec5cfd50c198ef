using Tailor.Operations;

namespace Tailor.Tests.Operations;

public sealed class EtsAllocationTests
{
    [Theory]
    [InlineData("MAdM")]
    [InlineData("ANA")]
    [InlineData("AAdN")]
    public void Likelihood_evaluations_allocate_nothing(string code)
    {
        // The optimiser evaluates the likelihood thousands of times per model; garbage there would
        // dominate fitting thousands of item series.
        EtsSpec spec = EtsSpec.Parse(code);
        double[] y = AirPassengers.Values;
        var objective = new EtsObjective(y, spec, 12, new EtsOptions());
        double[] states = EtsInitialState.Compute(y, 12, spec);
        double[] smoothing = [0.5, 0.01, 0.01, 0.95];
        double[] x = [.. smoothing[..EtsObjective.SmoothingCount(spec)], .. states];
        if (spec.Damped && !spec.HasSeason)
        {
            x[2] = 0.95;
        }

        double first = objective.Value(x);
        // Tiered compilation may allocate on this thread while it swaps in optimised code during a
        // measured run; the objective itself allocates on every call if at all, so the best of a few
        // warmed-up runs shows it.
        long allocated = long.MaxValue;
        double sum = 0;
        for (int attempt = 0; attempt < 5 && allocated > 0; attempt++)
        {
            for (int i = 0; i < 500; i++)
            {
                objective.Value(x);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            sum = 0;
            for (int i = 0; i < 200; i++)
            {
                sum += objective.Value(x);
            }

            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(double.IsFinite(first), $"{code} start should be feasible (objective {first})");
        Assert.Equal(200 * first, sum, 6);
        Assert.Equal(0, allocated);
    }
}
