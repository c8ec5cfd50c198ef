namespace Tailor.Data;

/// <summary>Something a customer or an anonymous visitor did.</summary>
/// <param name="CustomerId">External id of the customer, or null for an anonymous session.</param>
/// <param name="SessionId">Anonymous session id, when known.</param>
/// <param name="ItemId">External id of the item the event is about, if any.</param>
/// <param name="Type">Event type, see <see cref="EventTypes"/>.</param>
/// <param name="Value">A number carried by the event, such as a rating.</param>
/// <param name="Quantity">Units, for carts and purchases.</param>
/// <param name="Channel">Where it happened: web, email, store, app.</param>
/// <param name="Timestamp">When it happened.</param>
/// <param name="IdempotencyKey">
/// Makes a repeated delivery a no-op. When a source has none, the importer derives one from the
/// event's content, so re-importing the same file adds nothing.
/// </param>
public sealed record ShopEvent(
    string? CustomerId,
    string? SessionId,
    string? ItemId,
    string Type,
    double? Value,
    int? Quantity,
    string? Channel,
    DateTimeOffset Timestamp,
    string IdempotencyKey);
