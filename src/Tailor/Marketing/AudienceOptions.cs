namespace Tailor.Marketing;

/// <summary>
/// A planned campaign and its limits, for <see cref="AudienceSelector"/>. Defaults live in
/// <see cref="AudienceDefaults"/>.
/// </summary>
public sealed record AudienceOptions
{
    /// <summary>Channel of the campaign, as in the campaign sends (email, sms, push, post). Required, non-empty.</summary>
    public string Channel { get; init; } = "";

    /// <summary>Cost of contacting one customer, in shop currency. Range [0, 1e6]. Required.</summary>
    public double CostPerContact { get; init; }

    /// <summary>Most the campaign may spend on contacts, in shop currency, or null for no limit. Range [0, 1e12].</summary>
    public double? Budget { get; init; }

    /// <summary>
    /// Value of one conversion (the offer's expected order value) in shop currency, or null to use each
    /// customer's expected order value (Gamma-Gamma, as in customer lifetime value), or the shop's
    /// average order value when that cannot be fitted. Range (0, 1e9].
    /// </summary>
    public double? OfferValue { get; init; }

    /// <summary>
    /// Share of a conversion's value that is incremental profit (gross margin, less any discount the
    /// offer gives). Range (0, 1]. Default 1: the whole order value.
    /// </summary>
    public double Margin { get; init; } = AudienceDefaults.Margin;

    /// <summary>
    /// Most sends a customer may receive within <see cref="FrequencyWindowDays"/>, this one included,
    /// on any channel; null for no cap. Range [1, 1000].
    /// </summary>
    public int? FrequencyCap { get; init; }

    /// <summary>Days of the frequency cap's window. Range [1, 365]. Default 30.</summary>
    public int FrequencyWindowDays { get; init; } = AudienceDefaults.FrequencyWindowDays;

    /// <summary>Most customers to contact, or null for no limit. Range [1, 100,000,000].</summary>
    public int? MaxContacts { get; init; }

    /// <summary>
    /// Whether only customers with marketing consent (<see cref="Data.Consent.EmailMarketing"/>) are
    /// contacted. Default true; turn off only for channels the law lets a shop use without opt-in,
    /// such as addressed post in some countries.
    /// </summary>
    public bool RequireMarketingConsent { get; init; } = AudienceDefaults.RequireMarketingConsent;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(Channel), nameof(Channel), "must not be empty");
        Require(double.IsFinite(CostPerContact) && CostPerContact is >= 0 and <= 1e6, nameof(CostPerContact), $"must be between 0 and 1e6 (was {CostPerContact})");
        Require(Budget is null || (double.IsFinite(Budget.Value) && Budget.Value is >= 0 and <= 1e12), nameof(Budget), $"must be between 0 and 1e12 (was {Budget})");
        Require(OfferValue is null || (double.IsFinite(OfferValue.Value) && OfferValue.Value is > 0 and <= 1e9), nameof(OfferValue), $"must be in (0, 1e9] (was {OfferValue})");
        Require(Margin is > 0 and <= 1, nameof(Margin), $"must be in (0, 1] (was {Margin})");
        Require(FrequencyCap is null or (>= 1 and <= 1000), nameof(FrequencyCap), $"must be between 1 and 1000 (was {FrequencyCap})");
        Require(FrequencyWindowDays is >= 1 and <= 365, nameof(FrequencyWindowDays), $"must be between 1 and 365 (was {FrequencyWindowDays})");
        Require(MaxContacts is null or (>= 1 and <= 100_000_000), nameof(MaxContacts), $"must be between 1 and 100,000,000 (was {MaxContacts})");
    }

    private static void Require(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"{name} {message}.", name);
        }
    }
}
