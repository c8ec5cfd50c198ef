using System.Globalization;
using Tailor.Data;

namespace Tailor.Server.Security;

/// <summary>
/// Every endpoint marked with a <see cref="ScopeRequirement"/> needs a key (Authorization: Bearer KEY,
/// or X-Api-Key) holding that scope and within its request budget; the key's shop becomes the
/// request's shop, so a key can never reach another shop's data.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyRegistry registry, KeyRateLimiter limiter)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requirement = context.GetEndpoint()?.Metadata.GetMetadata<ScopeRequirement>();
        if (requirement is null)
        {
            return next(context);
        }

        var presented = Presented(context.Request);
        if (presented is null)
        {
            return Refuse(context, StatusCodes.Status401Unauthorized, "API key required",
                "Send the shop's API key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.");
        }

        var key = registry.Find(presented);
        if (key is null)
        {
            return Refuse(context, StatusCodes.Status401Unauthorized, "Unknown API key", "The API key is not valid or was revoked.");
        }

        if (!key.Scopes.HasFlag(requirement.Scope) && !key.Scopes.HasFlag(ApiScope.Admin))
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "Scope missing",
                $"This key has the scopes '{ApiKey.FormatScopes(key.Scopes)}'; this endpoint needs '{requirement.Name}'.");
        }

        if (!limiter.TryAcquire(key, out var limit))
        {
            context.Response.Headers.RetryAfter = "1";
            return Refuse(context, StatusCodes.Status429TooManyRequests, "Rate limit exceeded",
                $"This key may make {limit.ToString(CultureInfo.InvariantCulture)} requests a second; retry after a second, " +
                "or create a key with a higher --rate-limit.");
        }

        context.Items[ApiKeyConventions.ItemKey] = key;
        return next(context);
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);

    private static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var header = request.Headers["X-Api-Key"].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }
}
