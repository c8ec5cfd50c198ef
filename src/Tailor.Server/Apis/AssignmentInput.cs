namespace Tailor.Server.Apis;

/// <summary>POST /experiments/{key}/assignments: whom to assign.</summary>
/// <param name="CustomerId">Customer id, or an anonymous session id.</param>
public sealed record AssignmentInput(string? CustomerId);
