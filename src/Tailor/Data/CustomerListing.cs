namespace Tailor.Data;

/// <summary>A customer as a list shows them: who, where, and what they bought.</summary>
/// <param name="CustomerId">The shop's id for the customer.</param>
/// <param name="Country">Country, when known.</param>
/// <param name="CreatedAt">When they first appeared.</param>
/// <param name="Orders">Orders placed.</param>
/// <param name="Revenue">What their orders came to, returns subtracted.</param>
/// <param name="LastOrderAt">Their newest order, or null.</param>
public sealed record CustomerListing(string CustomerId, string? Country, DateTimeOffset CreatedAt, int Orders, decimal Revenue, DateTimeOffset? LastOrderAt);
