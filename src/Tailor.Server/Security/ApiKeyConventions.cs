using Tailor.Data;

namespace Tailor.Server.Security;

/// <summary>
/// Marks endpoints with the scope they need and hands them the request's key. The check itself is
/// <see cref="ApiKeyMiddleware"/>, which runs before parameter binding so an unauthenticated caller
/// learns nothing about an endpoint's parameters.
/// </summary>
public static class ApiKeyConventions
{
    internal const string ItemKey = "tailor.apiKey";

    /// <summary>The authenticated key of the request (set by <see cref="ApiKeyMiddleware"/>).</summary>
    public static ApiKey Key(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (ApiKey)context.Items[ItemKey]!;
    }

    /// <summary>Requires a key holding <paramref name="scope"/> (admin holds every scope).</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, ApiScope scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ScopeRequirement(scope));
}
