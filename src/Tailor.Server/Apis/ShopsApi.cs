using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;
using Tailor.Server.Security;

namespace Tailor.Server.Apis;

/// <summary>The key's shop and what it holds. There is no listing of shops: a key sees only its own.</summary>
public static class ShopsApi
{
    /// <summary>A shop with its row counts.</summary>
    public sealed record ShopOverview(Shop Shop, ShopStats Stats);

    public static IEndpointRouteBuilder MapShopsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/shop", Results<Ok<ShopOverview>, ProblemHttpResult> (HttpContext context, ITailorStore store) =>
            {
                var shopId = context.Key().ShopId;
                return store.FindShop(shopId) is { } shop
                    ? TypedResults.Ok(new ShopOverview(shop, store.GetStats(shopId)))
                    : TypedResults.Problem($"Shop '{shopId}' no longer exists.", statusCode: StatusCodes.Status404NotFound);
            })
            .RequireScope(ApiScope.Read)
            .WithName("Shop").WithSummary("The key's shop with counts of customers, items, orders, events and campaigns.").WithTags("Shop");
        return app;
    }
}
