namespace Tailor.Data;

/// <summary>An order with its lines. Cancellations are lines with a negative quantity.</summary>
/// <param name="ExternalId">The shop's order or invoice number.</param>
/// <param name="CustomerId">External id of the customer, or null for an anonymous order.</param>
/// <param name="Timestamp">When the order was placed.</param>
/// <param name="Channel">Where it was placed: web, store, phone.</param>
/// <param name="Country">Delivery or billing country, when known.</param>
/// <param name="Lines">The lines, numbered from 1.</param>
public sealed record Order(
    string ExternalId,
    string? CustomerId,
    DateTimeOffset Timestamp,
    string? Channel,
    string? Country,
    IReadOnlyList<OrderLine> Lines);
