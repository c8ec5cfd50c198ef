namespace Tailor.Marketing;

/// <summary>Defaults of <see cref="AudienceOptions"/>.</summary>
public static class AudienceDefaults
{
    /// <summary>Default share of an order's value that is profit: 1, the whole order value.</summary>
    public const double Margin = 1.0;

    /// <summary>Default window in days of the frequency cap.</summary>
    public const int FrequencyWindowDays = 30;

    /// <summary>Default for whether customers must have given marketing consent.</summary>
    public const bool RequireMarketingConsent = true;
}
