namespace Tailor.Data;

/// <summary>A person who buys or reads; keyed by the shop's own id for them.</summary>
/// <param name="ExternalId">The shop's id for the customer.</param>
/// <param name="CreatedAt">When the customer first appeared.</param>
/// <param name="Country">Country name or code as the shop knows it.</param>
/// <param name="Region">Finer location, such as a county or city.</param>
/// <param name="Attributes">Free-form attributes as a JSON object text, or null.</param>
/// <param name="Consent">Consent per purpose.</param>
public sealed record Customer(
    string ExternalId,
    DateTimeOffset CreatedAt,
    string? Country,
    string? Region,
    string? Attributes,
    Consent Consent);
