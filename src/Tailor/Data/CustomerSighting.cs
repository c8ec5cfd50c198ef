namespace Tailor.Data;

/// <summary>A customer seen in a transaction: enough to create them if they are new.</summary>
public readonly record struct CustomerSighting(string ExternalId, DateTimeOffset SeenAt, string? Country);
