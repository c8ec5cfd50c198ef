namespace Tailor.Server.Apis;

/// <summary>What is wrong with one field of one element of a request.</summary>
/// <param name="Index">Position in a batch, from 0; null for a single object.</param>
/// <param name="Field">The JSON field.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record FieldError(int? Index, string Field, string Reason);
