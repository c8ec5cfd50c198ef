namespace Tailor.Customers;

/// <summary>Knobs of <see cref="ResponsePropensity"/>. Defaults live in <see cref="ResponsePropensityDefaults"/>.</summary>
public sealed record ResponsePropensityOptions
{
    /// <summary>The response predicted. Default <see cref="ResponsePropensityOutcome.Conversion"/>.</summary>
    public ResponsePropensityOutcome Outcome { get; init; } = ResponsePropensityDefaults.Outcome;

    /// <summary>
    /// Share of each channel's sends, the latest ones, held out when no explicit cut-off is given: the
    /// cut-off falls at the send time that leaves this share after it. Range [0.05, 0.5]. Default 0.25.
    /// </summary>
    public double TestShare { get; init; } = ResponsePropensityDefaults.TestShare;

    /// <summary>
    /// Days before a send in which earlier sends count as recent (fatigue features); the send itself
    /// counts too. Range [1, 365]. Default 30.
    /// </summary>
    public int FatigueWindowDays { get; init; } = ResponsePropensityDefaults.FatigueWindowDays;

    /// <summary>
    /// Fewest training sends of a channel for trees; a channel with fewer uses the smoothed past rate.
    /// Range [50, 10,000,000]. Default 500.
    /// </summary>
    public int MinimumTrainingSends { get; init; } = ResponsePropensityDefaults.MinimumTrainingSends;

    /// <summary>
    /// Fewest training sends with the outcome (and without it) for trees. Range [5, 1,000,000]. Default 30.
    /// </summary>
    public int MinimumTrainingResponses { get; init; } = ResponsePropensityDefaults.MinimumTrainingResponses;

    /// <summary>
    /// Share of the training sends, the latest, kept from the trees to calibrate their scores into
    /// probabilities (Platt scaling). Range [0.05, 0.5]. Default 0.2.
    /// </summary>
    public double CalibrationShare { get; init; } = ResponsePropensityDefaults.CalibrationShare;

    /// <summary>Random seed of the trees. Any value. Default 42.</summary>
    public int Seed { get; init; } = ResponsePropensityDefaults.Seed;

    /// <summary>Number of boosted trees. Range [10, 2000]. Default 100.</summary>
    public int NumberOfTrees { get; init; } = ResponsePropensityDefaults.NumberOfTrees;

    /// <summary>Leaves per tree. Range [2, 256]. Default 8.</summary>
    public int NumberOfLeaves { get; init; } = ResponsePropensityDefaults.NumberOfLeaves;

    /// <summary>
    /// Fewest training sends in a leaf; responses are rare, so leaves need many sends to estimate a
    /// rate. Range [1, 100,000]. Default 200.
    /// </summary>
    public int MinimumSendsPerLeaf { get; init; } = ResponsePropensityDefaults.MinimumSendsPerLeaf;

    /// <summary>Shrinkage of each tree's contribution. Range (0, 1]. Default 0.05.</summary>
    public double LearningRate { get; init; } = ResponsePropensityDefaults.LearningRate;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(Enum.IsDefined(Outcome), nameof(Outcome), $"must be open, click or conversion (was {Outcome})");
        Require(TestShare is >= 0.05 and <= 0.5, nameof(TestShare), $"must be between 0.05 and 0.5 (was {TestShare})");
        Require(CalibrationShare is >= 0.05 and <= 0.5, nameof(CalibrationShare), $"must be between 0.05 and 0.5 (was {CalibrationShare})");
        Require(FatigueWindowDays is >= 1 and <= 365, nameof(FatigueWindowDays), $"must be between 1 and 365 (was {FatigueWindowDays})");
        Require(MinimumTrainingSends is >= 50 and <= 10_000_000, nameof(MinimumTrainingSends), $"must be between 50 and 10,000,000 (was {MinimumTrainingSends})");
        Require(MinimumTrainingResponses is >= 5 and <= 1_000_000, nameof(MinimumTrainingResponses), $"must be between 5 and 1,000,000 (was {MinimumTrainingResponses})");
        Require(NumberOfTrees is >= 10 and <= 2000, nameof(NumberOfTrees), $"must be between 10 and 2000 (was {NumberOfTrees})");
        Require(NumberOfLeaves is >= 2 and <= 256, nameof(NumberOfLeaves), $"must be between 2 and 256 (was {NumberOfLeaves})");
        Require(MinimumSendsPerLeaf is >= 1 and <= 100_000, nameof(MinimumSendsPerLeaf), $"must be between 1 and 100,000 (was {MinimumSendsPerLeaf})");
        Require(LearningRate is > 0 and <= 1, nameof(LearningRate), $"must be in (0, 1] (was {LearningRate})");
    }

    private static void Require(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"{name} {message}.", name);
        }
    }
}
