using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;

namespace Tailor.Server.Apis;

/// <summary>Shops and what they hold.</summary>
public static class ShopsApi
{
    public static IEndpointRouteBuilder MapShopsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/shops").WithTags("Shops");
        api.MapGet("/", (ITailorStore store) => TypedResults.Ok(store.ListShops()))
            .WithName("ListShops").WithSummary("All shops in the store.");
        api.MapGet("/{shopId}/stats", Results<Ok<ShopStats>, ProblemHttpResult> (string shopId, ITailorStore store) =>
                store.FindShop(shopId) is null
                    ? TypedResults.Problem($"Shop '{shopId}' does not exist.", statusCode: StatusCodes.Status404NotFound)
                    : TypedResults.Ok(store.GetStats(shopId)))
            .WithName("ShopStats").WithSummary("Counts of customers, items, orders, events and campaigns of a shop.");
        return app;
    }
}
