namespace Tailor.Data;

/// <summary>What a customer has agreed to, one flag per purpose.</summary>
/// <param name="Personalization">Their behaviour may shape what they are shown and may train models.</param>
/// <param name="EmailMarketing">They may be contacted with marketing email.</param>
/// <param name="Analytics">Their data may be used in aggregate reports.</param>
public readonly record struct Consent(bool Personalization, bool EmailMarketing, bool Analytics)
{
    /// <summary>
    /// Used when a source says nothing: personalization and analytics on (the shop's own service),
    /// marketing off because it needs an explicit opt-in.
    /// </summary>
    public static Consent Default => new(Personalization: true, EmailMarketing: false, Analytics: true);
}
