namespace Tailor.Server.Apis;

/// <summary>One event as a client sends it. Omitted timestamp = now; omitted key = derived from the content.</summary>
public sealed record EventInput(
    string? Type,
    string? CustomerId,
    string? SessionId,
    string? ItemId,
    double? Value,
    int? Quantity,
    string? Channel,
    DateTimeOffset? Timestamp,
    string? IdempotencyKey);
