namespace Tailor.Customers;

/// <summary>Defaults of <see cref="ResponsePropensityOptions"/>.</summary>
public static class ResponsePropensityDefaults
{
    /// <summary>Default outcome: a purchase, the one that carries value.</summary>
    public const ResponsePropensityOutcome Outcome = ResponsePropensityOutcome.Conversion;

    /// <summary>Default share of a channel's sends, the latest, held out to measure the model.</summary>
    public const double TestShare = 0.25;

    /// <summary>Default share of the training sends, the latest, that calibrates the trees.</summary>
    public const double CalibrationShare = 0.2;

    /// <summary>Default window in days over which recent sends count towards fatigue.</summary>
    public const int FatigueWindowDays = 30;

    /// <summary>Default fewest training sends a channel needs for trees.</summary>
    public const int MinimumTrainingSends = 500;

    /// <summary>Default fewest training responses a channel needs for trees.</summary>
    public const int MinimumTrainingResponses = 30;

    /// <summary>Default random seed.</summary>
    public const int Seed = 42;

    /// <summary>Default number of trees.</summary>
    public const int NumberOfTrees = 100;

    /// <summary>Default leaves per tree.</summary>
    public const int NumberOfLeaves = 8;

    /// <summary>Default fewest sends in a leaf.</summary>
    public const int MinimumSendsPerLeaf = 200;

    /// <summary>Default learning rate.</summary>
    public const double LearningRate = 0.05;
}
