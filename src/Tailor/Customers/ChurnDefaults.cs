namespace Tailor.Customers;

/// <summary>Defaults of <see cref="ChurnOptions"/>.</summary>
public static class ChurnDefaults
{
    /// <summary>Default horizon: a quarter.</summary>
    public const int HorizonDays = 90;

    /// <summary>Default number of stacked training cut-offs.</summary>
    public const int TrainingCutoffs = 12;

    /// <summary>Default days between training cut-offs: a month.</summary>
    public const int CutoffSpacingDays = 30;

    /// <summary>Default shortest label window of the cut-offs after the latest whole-horizon one.</summary>
    public const int MinimumHorizonDays = 30;

    /// <summary>Default random seed.</summary>
    public const int Seed = 42;

    /// <summary>Default number of trees.</summary>
    public const int NumberOfTrees = 100;

    /// <summary>Default leaves per tree.</summary>
    public const int NumberOfLeaves = 4;

    /// <summary>Default fewest customers in a leaf.</summary>
    public const int MinimumCustomersPerLeaf = 50;

    /// <summary>Default learning rate.</summary>
    public const double LearningRate = 0.1;
}
