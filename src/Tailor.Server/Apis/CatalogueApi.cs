using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;
using Tailor.Server.Security;
using Tailor.Server.Serving;

namespace Tailor.Server.Apis;

/// <summary>Items and orders: the catalogue and the sales that feed every model.</summary>
public static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/items/{itemId}", GetItem).RequireScope(ApiScope.Read).WithTags("Items").WithName("GetItem").WithSummary("An item.");
        var admin = app.MapGroup("/api/v1").RequireScope(ApiScope.Admin);
        admin.MapPut("/items/{itemId}", PutItem).WithTags("Items").WithName("PutItem").WithSummary("Creates or updates an item (by the shop's id).");
        admin.MapDelete("/items/{itemId}", DeleteItem).WithTags("Items").WithName("DeleteItem")
            .WithSummary("Takes an item out of recommendations at once; its sales history stays for reports and forecasts.");
        admin.MapPost("/orders", PostOrder).WithTags("Orders").WithName("PostOrder")
            .WithSummary("Records an order (upsert by order id and line number); unknown customers and items are created.");
        return app;
    }

    private static Results<Ok<Item>, ProblemHttpResult> GetItem(string itemId, HttpContext context, ITailorStore store) =>
        store.ReadItems(context.Key().ShopId).FirstOrDefault(i => i.ExternalId == itemId) is { } item
            ? TypedResults.Ok(item)
            : Problems.NotFound($"Item '{itemId}' is not known to this shop.");

    private static Results<Ok<Item>, ProblemHttpResult> PutItem(string itemId, ItemInput body, HttpContext context, ITailorStore store)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(body.Title))
        {
            errors.Add(new FieldError(null, "title", "is required"));
        }

        var kind = ItemKind.Product;
        if (body.Kind is not null && !ItemKinds.TryParse(body.Kind, out kind))
        {
            errors.Add(new FieldError(null, "kind", $"'{body.Kind}' is not product or content"));
        }

        if (body.Price < 0 || body.Cost < 0)
        {
            errors.Add(new FieldError(null, body.Price < 0 ? "price" : "cost", "must not be negative"));
        }

        if (body.Attributes is { ValueKind: not JsonValueKind.Object })
        {
            errors.Add(new FieldError(null, "attributes", "must be a JSON object"));
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var shopId = context.Key().ShopId;
        var item = new Item(itemId, kind, body.Title!.Trim(), body.Description, body.Category, body.Tags ?? [], body.Price, body.Cost,
            body.Stock, body.Available ?? true, body.Attributes?.GetRawText(), body.CreatedAt);
        using (var session = store.BeginImport(shopId))
        {
            session.UpsertItems([item]);
            session.Commit();
        }

        return TypedResults.Ok(item);
    }

    private static Results<NoContent, ProblemHttpResult> DeleteItem(string itemId, HttpContext context, ITailorStore store) =>
        store.RetireItem(context.Key().ShopId, itemId)
            ? TypedResults.NoContent()
            : Problems.NotFound($"Item '{itemId}' is not known to this shop.");

    private static Results<Ok<Order>, ProblemHttpResult> PostOrder(
        OrderInput body, HttpContext context, ITailorStore store, LiveActivity live, TimeProvider clock)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(body.OrderId))
        {
            errors.Add(new FieldError(null, "orderId", "is required"));
        }

        if (body.Lines is not { Count: > 0 })
        {
            errors.Add(new FieldError(null, "lines", "an order needs at least one line"));
        }

        var lines = new List<OrderLine>();
        for (var i = 0; i < (body.Lines?.Count ?? 0); i++)
        {
            var line = body.Lines![i];
            if (string.IsNullOrWhiteSpace(line.ItemId) || line.Quantity is null or 0 || line.UnitPrice is null or < 0)
            {
                errors.Add(new FieldError(i, "lines", "each line needs an itemId, a quantity other than 0 and a unitPrice of 0 or more"));
                continue;
            }

            lines.Add(new OrderLine(i + 1, line.ItemId.Trim(), line.Quantity.Value, line.UnitPrice.Value));
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var order = new Order(body.OrderId!.Trim(), string.IsNullOrWhiteSpace(body.CustomerId) ? null : body.CustomerId.Trim(),
            (body.Timestamp ?? clock.GetUtcNow()).ToUniversalTime(), body.Channel, body.Country, lines);
        using (var session = store.BeginImport(context.Key().ShopId))
        {
            session.UpsertOrders([order]);
            session.Commit();
        }

        if (order.CustomerId is not null)
        {
            live.Forget(context.Key().ShopId, order.CustomerId);
        }

        return TypedResults.Ok(order);
    }
}
