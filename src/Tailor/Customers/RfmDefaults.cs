namespace Tailor.Customers;

/// <summary>Defaults of <see cref="RfmOptions"/>.</summary>
public static class RfmDefaults
{
    /// <summary>Default number of score bins: quintiles.</summary>
    public const int Bins = 5;

    /// <summary>Default name of customers whose scores match no rule, as in R's rfm package.</summary>
    public const string FallbackSegment = "Others";

    /// <summary>Default segment rules: the 11 R/F/M segments.</summary>
    public static IReadOnlyList<RfmSegmentRule> Rules => RfmPresets.Rfm11;
}
