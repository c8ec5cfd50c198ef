namespace Tailor.Data;

/// <summary>An item seen in a transaction, with the title the transaction gave it, if any.</summary>
public readonly record struct ItemSighting(string ExternalId, string? Title, decimal? Price, DateTimeOffset SeenAt);
