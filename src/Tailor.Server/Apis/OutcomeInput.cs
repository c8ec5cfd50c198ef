namespace Tailor.Server.Apis;

/// <summary>POST /experiments/{key}/outcomes: an outcome of an exposed customer.</summary>
/// <param name="CustomerId">The exposed customer (or session).</param>
/// <param name="Value">1 for a conversion (the default); the amount for revenue.</param>
/// <param name="Timestamp">When it happened; now when omitted.</param>
/// <param name="IdempotencyKey">Makes a retried outcome a no-op.</param>
public sealed record OutcomeInput(string? CustomerId, double? Value, DateTimeOffset? Timestamp, string? IdempotencyKey);
