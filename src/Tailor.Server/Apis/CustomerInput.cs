namespace Tailor.Server.Apis;

/// <summary>A customer as PUT by a client; omitted fields take the import defaults.</summary>
public sealed record CustomerInput(
    DateTimeOffset? CreatedAt, string? Country, string? Region, System.Text.Json.JsonElement? Attributes, ConsentInput? Consent);

/// <summary>Consent per purpose; an omitted purpose keeps its current (or default) value.</summary>
public sealed record ConsentInput(bool? Personalization, bool? EmailMarketing, bool? Analytics);
