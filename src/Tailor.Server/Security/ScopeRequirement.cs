using Tailor.Data;

namespace Tailor.Server.Security;

/// <summary>Endpoint metadata: the scope a key needs to call the endpoint (admin holds every scope).</summary>
/// <param name="Scope">The scope.</param>
public sealed record ScopeRequirement(ApiScope Scope)
{
    /// <summary>The scope as written in keys and documents: ingest, read or admin.</summary>
    public string Name => Scope.ToString().ToLowerInvariant();
}
