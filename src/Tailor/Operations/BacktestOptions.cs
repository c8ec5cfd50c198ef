namespace Tailor.Operations;

/// <summary>
/// Knobs of <see cref="Backtester"/>: rolling-origin evaluation (Tashman 2000). The last origin leaves
/// exactly <see cref="Horizon"/> periods to forecast; earlier origins step back by <see cref="Step"/>.
/// Defaults live in <see cref="BacktestDefaults"/>.
/// </summary>
public sealed record BacktestOptions
{
    /// <summary>Periods forecast from each origin. Range [1, 10000]. Default 14 (two weeks of daily data).</summary>
    public int Horizon { get; init; } = BacktestDefaults.Horizon;

    /// <summary>Number of forecast origins. Range [1, 1000]. Default 3.</summary>
    public int Origins { get; init; } = BacktestDefaults.Origins;

    /// <summary>Periods between consecutive origins; 0 means <see cref="Horizon"/>. Range [0, 10000]. Default 0.</summary>
    public int Step { get; init; } = BacktestDefaults.Step;

    /// <summary>
    /// Shortest training window; origins that would leave less are skipped. Range [1, 1e6]. Default 8.
    /// </summary>
    public int MinimumTraining { get; init; } = BacktestDefaults.MinimumTraining;

    /// <summary>Most threads used when evaluating many series; -1 for all cores. Results do not depend on it. Default -1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = BacktestDefaults.MaxDegreeOfParallelism;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(Horizon is >= 1 and <= 10_000, nameof(Horizon), $"must be between 1 and 10000 (was {Horizon})");
        Require(Origins is >= 1 and <= 1000, nameof(Origins), $"must be between 1 and 1000 (was {Origins})");
        Require(Step is >= 0 and <= 10_000, nameof(Step), $"must be between 0 and 10000 (was {Step})");
        Require(MinimumTraining is >= 1 and <= 1_000_000, nameof(MinimumTraining), $"must be between 1 and 1e6 (was {MinimumTraining})");
        Require(
            MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism is >= 1 and <= 1024,
            nameof(MaxDegreeOfParallelism),
            $"must be -1 (all cores) or between 1 and 1024 (was {MaxDegreeOfParallelism})");
    }

    /// <summary>Training lengths of the origins that fit in a series of <paramref name="length"/>, oldest first.</summary>
    internal List<int> OriginsFor(int length)
    {
        int step = Step == 0 ? Horizon : Step;
        var origins = new List<int>(Origins);
        for (int j = Origins - 1; j >= 0; j--)
        {
            int training = length - Horizon - (j * step);
            if (training >= MinimumTraining)
            {
                origins.Add(training);
            }
        }

        return origins;
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Backtest option {option} {problem}.", option);
        }
    }
}
