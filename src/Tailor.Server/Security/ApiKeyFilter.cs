using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;

namespace Tailor.Server.Security;

/// <summary>
/// Every /api/v1 route requires a key (Authorization: Bearer KEY, or X-Api-Key) with the route's
/// scope; the key's shop becomes the request's shop, so a key can never reach another shop's data.
/// </summary>
public static class ApiKeyFilter
{
    private const string ItemKey = "tailor.apiKey";

    /// <summary>The authenticated key of the request (set by the filter).</summary>
    public static ApiKey Key(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (ApiKey)context.Items[ItemKey]!;
    }

    /// <summary>Requires a key holding <paramref name="scope"/> (admin holds every scope).</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, ApiScope scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            var presented = Presented(context.Request);
            if (presented is null)
            {
                return Problem(StatusCodes.Status401Unauthorized, "API key required",
                    "Send the shop's API key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.");
            }

            var key = context.RequestServices.GetRequiredService<ApiKeyRegistry>().Find(presented);
            if (key is null)
            {
                return Problem(StatusCodes.Status401Unauthorized, "Unknown API key", "The API key is not valid or was revoked.");
            }

            if (!key.Scopes.HasFlag(scope) && !key.Scopes.HasFlag(ApiScope.Admin))
            {
                return Problem(StatusCodes.Status403Forbidden, "Scope missing",
                    $"This key has the scopes '{ApiKey.FormatScopes(key.Scopes)}'; this endpoint needs '{scope.ToString().ToLowerInvariant()}'.");
            }

            context.Items[ItemKey] = key;
            return await next(invocation);
        });

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

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
