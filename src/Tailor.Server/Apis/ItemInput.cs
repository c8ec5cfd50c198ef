namespace Tailor.Server.Apis;

/// <summary>An item as PUT by a client.</summary>
public sealed record ItemInput(
    string? Title, string? Kind, string? Description, string? Category, IReadOnlyList<string>? Tags, decimal? Price, decimal? Cost,
    int? Stock, bool? Available, System.Text.Json.JsonElement? Attributes, DateTimeOffset? CreatedAt);

/// <summary>An order as POSTed by a client.</summary>
public sealed record OrderInput(string? OrderId, string? CustomerId, DateTimeOffset? Timestamp, string? Channel, string? Country, IReadOnlyList<OrderLineInput>? Lines);

/// <summary>One line of an <see cref="OrderInput"/>.</summary>
public sealed record OrderLineInput(string? ItemId, int? Quantity, decimal? UnitPrice);
