namespace Tailor.Recommend;

/// <summary>One piece of evidence that a user likes an item: an event or an order line, already weighted by type.</summary>
/// <param name="User">External id of the customer (or anonymous session).</param>
/// <param name="Item">External id of the item.</param>
/// <param name="Weight">Strength before time decay; negative for a cancellation.</param>
/// <param name="Timestamp">When it happened.</param>
public readonly record struct Interaction(string User, string Item, float Weight, DateTimeOffset Timestamp);
