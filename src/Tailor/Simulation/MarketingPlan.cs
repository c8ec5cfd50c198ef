namespace Tailor.Simulation;

/// <summary>Daily spend per channel (rounded to cents, as exported) and the lift it bought.</summary>
internal sealed class MarketingPlan(double[][] spend, double[][] lift, double[] totalLift)
{
    /// <summary>Spend per channel, then per day.</summary>
    public double[][] Spend { get; } = spend;

    /// <summary>Lift per channel, then per day.</summary>
    public double[][] Lift { get; } = lift;

    /// <summary>Sum of the channels' lifts per day.</summary>
    public double[] TotalLift { get; } = totalLift;
}
