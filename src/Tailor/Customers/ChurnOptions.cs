namespace Tailor.Customers;

/// <summary>Knobs of <see cref="ChurnPropensity"/>. Defaults live in <see cref="ChurnDefaults"/>.</summary>
public sealed record ChurnOptions
{
    /// <summary>
    /// Days after a cut-off in which a customer must buy to count as retained; a customer without a
    /// purchase in them has churned. Range [7, 730]. Default 90.
    /// </summary>
    public int HorizonDays { get; init; } = ChurnDefaults.HorizonDays;

    /// <summary>
    /// Cut-offs with a whole horizon stacked into the training set: the latest whose horizon is over by
    /// the end of the known outcomes, and this many minus one earlier ones, <see cref="CutoffSpacingDays"/>
    /// apart (cut-offs with less than four weeks of history before them are skipped). Several cut-offs give
    /// more examples and average over the season, which a single cut-off would bake into the model.
    /// Range [1, 24]. Default 12.
    /// </summary>
    public int TrainingCutoffs { get; init; } = ChurnDefaults.TrainingCutoffs;

    /// <summary>Days between stacked training cut-offs. Range [1, 365]. Default 30.</summary>
    public int CutoffSpacingDays { get; init; } = ChurnDefaults.CutoffSpacingDays;

    /// <summary>
    /// Cut-offs later than the latest whole-horizon one are stacked too, <see cref="CutoffSpacingDays"/>
    /// apart, labelled over the shorter window whose outcome is known (the horizon is a feature), down to
    /// windows of this many days. Their customers have the longest histories, the most like those scored
    /// today. Set it to <see cref="HorizonDays"/> to train on whole horizons only. Range [7, horizon].
    /// Default 30.
    /// </summary>
    public int MinimumHorizonDays { get; init; } = ChurnDefaults.MinimumHorizonDays;

    /// <summary>Random seed of the gradient-boosted trees. Any value. Default 42.</summary>
    public int Seed { get; init; } = ChurnDefaults.Seed;

    /// <summary>Number of boosted trees. Range [10, 2000]. Default 100.</summary>
    public int NumberOfTrees { get; init; } = ChurnDefaults.NumberOfTrees;

    /// <summary>Leaves per tree. Range [2, 256]. Default 4: a few thousand customers per cut-off reward small trees.</summary>
    public int NumberOfLeaves { get; init; } = ChurnDefaults.NumberOfLeaves;

    /// <summary>Fewest training customers in a leaf; larger values smooth small shops. Range [1, 1000]. Default 50.</summary>
    public int MinimumCustomersPerLeaf { get; init; } = ChurnDefaults.MinimumCustomersPerLeaf;

    /// <summary>Shrinkage of each tree's contribution. Range (0, 1]. Default 0.1.</summary>
    public double LearningRate { get; init; } = ChurnDefaults.LearningRate;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(HorizonDays is >= 7 and <= 730, nameof(HorizonDays), $"must be between 7 and 730 (was {HorizonDays})");
        Require(TrainingCutoffs is >= 1 and <= 24, nameof(TrainingCutoffs), $"must be between 1 and 24 (was {TrainingCutoffs})");
        Require(CutoffSpacingDays is >= 1 and <= 365, nameof(CutoffSpacingDays), $"must be between 1 and 365 (was {CutoffSpacingDays})");
        Require(MinimumHorizonDays >= 7 && MinimumHorizonDays <= HorizonDays, nameof(MinimumHorizonDays), $"must be between 7 and the horizon {HorizonDays} (was {MinimumHorizonDays})");
        Require(NumberOfTrees is >= 10 and <= 2000, nameof(NumberOfTrees), $"must be between 10 and 2000 (was {NumberOfTrees})");
        Require(NumberOfLeaves is >= 2 and <= 256, nameof(NumberOfLeaves), $"must be between 2 and 256 (was {NumberOfLeaves})");
        Require(MinimumCustomersPerLeaf is >= 1 and <= 1000, nameof(MinimumCustomersPerLeaf), $"must be between 1 and 1000 (was {MinimumCustomersPerLeaf})");
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
