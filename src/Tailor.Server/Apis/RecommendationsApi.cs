using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;
using Tailor.Recommend;
using Tailor.Server.Security;
using Tailor.Server.Serving;

namespace Tailor.Server.Apis;

/// <summary>Recommendations for customers, sessions and items, from the shop's current model and live data.</summary>
public static class RecommendationsApi
{
    /// <summary>A list of recommendations and the model version that made it.</summary>
    public sealed record RecommendationList(int ModelVersion, bool Personalized, IReadOnlyList<Recommendation> Items);

    /// <summary>Body of POST /sessions/recommendations.</summary>
    public sealed record SessionRequest(IReadOnlyList<string>? Items, int? N);

    /// <summary>Body of POST /customers/{id}/rank.</summary>
    public sealed record RankRequest(IReadOnlyList<string>? Candidates);

    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Recommendations").RequireScope(ApiScope.Read);
        api.MapGet("/customers/{customerId}/recommendations", ForCustomer).WithName("CustomerRecommendations")
            .WithSummary("Recommendations for a customer, from their history up to this moment, each with a reason.");
        api.MapPost("/sessions/recommendations", ForSession).WithName("SessionRecommendations")
            .WithSummary("Recommendations for an anonymous visitor from the items they just looked at.");
        api.MapGet("/items/{itemId}/similar", Similar).WithName("SimilarItems").WithSummary("Items similar to an item.");
        api.MapGet("/items/{itemId}/bought-together", BoughtTogether).WithName("BoughtTogether")
            .WithSummary("Items often in the same order as an item, with support, confidence and lift in the reason.");
        api.MapPost("/customers/{customerId}/rank", Rank).WithName("RankCandidates")
            .WithSummary("Orders a caller-supplied list of items for a customer, best first.");
        return app;
    }

    private static Results<Ok<RecommendationList>, ProblemHttpResult> ForCustomer(
        string customerId, HttpContext context, LiveActivity live, RecommenderCache models, TimeProvider clock,
        int? n, string? category, decimal? minPrice, decimal? maxPrice, string? kind, double? diversity, int? maxPerCategory)
    {
        var shopId = context.Key().ShopId;
        if (models.Get(shopId) is not { } current)
        {
            return NoModel();
        }

        var activity = live.Get(shopId, customerId);
        if (activity is null)
        {
            return NotFound($"Customer '{customerId}' is not known to this shop.");
        }

        if (!TryRequest(n, category, minPrice, maxPrice, kind, diversity, maxPerCategory, out var request, out var problem))
        {
            return problem;
        }

        // Without consent to personalization the customer gets what everyone gets.
        var personal = activity.Customer.Consent.Personalization;
        var history = personal
            ? live.History(activity, current.Service.Bundle, clock.GetUtcNow())
            : UserHistory.Empty;
        return Run(() => new RecommendationList(current.Version, personal, current.Service.Recommend(history, request)));
    }

    private static Results<Ok<RecommendationList>, ProblemHttpResult> ForSession(SessionRequest body, HttpContext context, RecommenderCache models)
    {
        if (models.Get(context.Key().ShopId) is not { } current)
        {
            return NoModel();
        }

        if (body.Items is null)
        {
            return BadRequest("items", "is required: the item ids the visitor viewed, oldest first");
        }

        var history = UserHistory.FromItems(body.Items, current.Service.Bundle.Items);
        return Run(() => new RecommendationList(current.Version, true,
            current.Service.Recommend(history, new RecommendationRequest { Count = body.N ?? 10, ExcludeSeen = true })));
    }

    private static Results<Ok<RecommendationList>, ProblemHttpResult> Similar(string itemId, int? n, HttpContext context, RecommenderCache models) =>
        ForItem(itemId, context, models, (service, request) => service.Similar(itemId, request), n);

    private static Results<Ok<RecommendationList>, ProblemHttpResult> BoughtTogether(string itemId, int? n, HttpContext context, RecommenderCache models) =>
        ForItem(itemId, context, models, (service, request) => service.BoughtWith(itemId, request), n);

    private static Results<Ok<RecommendationList>, ProblemHttpResult> ForItem(
        string itemId, HttpContext context, RecommenderCache models,
        Func<RecommendationService, RecommendationRequest, IReadOnlyList<Recommendation>> query, int? n)
    {
        if (models.Get(context.Key().ShopId) is not { } current)
        {
            return NoModel();
        }

        try
        {
            return Run(() => new RecommendationList(current.Version, false, query(current.Service, new RecommendationRequest { Count = n ?? 10 })));
        }
        catch (KeyNotFoundException)
        {
            return NotFound($"Item '{itemId}' is not in the current model; it appears after the next training.");
        }
    }

    private static Results<Ok<RecommendationList>, ProblemHttpResult> Rank(
        string customerId, RankRequest body, HttpContext context, LiveActivity live, RecommenderCache models, TimeProvider clock)
    {
        var shopId = context.Key().ShopId;
        if (models.Get(shopId) is not { } current)
        {
            return NoModel();
        }

        if (body.Candidates is not { Count: > 0 and <= 1000 })
        {
            return BadRequest("candidates", "is required: 1 to 1,000 item ids");
        }

        var activity = live.Get(shopId, customerId);
        if (activity is null)
        {
            return NotFound($"Customer '{customerId}' is not known to this shop.");
        }

        var personal = activity.Customer.Consent.Personalization;
        var history = personal
            ? live.History(activity, current.Service.Bundle, clock.GetUtcNow())
            : UserHistory.Empty;
        return TypedResults.Ok(new RecommendationList(current.Version, personal, current.Service.Rank(history, body.Candidates)));
    }

    private static bool TryRequest(int? n, string? category, decimal? minPrice, decimal? maxPrice, string? kind, double? diversity,
        int? maxPerCategory, out RecommendationRequest request, out ProblemHttpResult problem)
    {
        problem = null!;
        ItemKind? itemKind = null;
        if (kind is not null)
        {
            if (!ItemKinds.TryParse(kind, out var parsed))
            {
                request = null!;
                problem = BadRequest("kind", $"'{kind}' is not product or content");
                return false;
            }

            itemKind = parsed;
        }

        request = new RecommendationRequest
        {
            Count = n ?? 10,
            Category = category,
            MinPrice = minPrice,
            MaxPrice = maxPrice,
            Kind = itemKind,
            Diversity = diversity ?? 1,
            MaxPerCategory = maxPerCategory,
        };
        return true;
    }

    /// <summary>Runs a query, turning a request the rules refuse into a 400 naming the field.</summary>
    private static Results<Ok<RecommendationList>, ProblemHttpResult> Run(Func<RecommendationList> query)
    {
        try
        {
            return TypedResults.Ok(query());
        }
        catch (ArgumentException e)
        {
            return BadRequest(JsonName(e.ParamName), e.Message);
        }
    }

    private static string JsonName(string? parameter) => parameter switch
    {
        "Count" => "n",
        null => "*",
        _ => char.ToLowerInvariant(parameter[0]) + parameter[1..],
    };

    private static ProblemHttpResult NoModel() => TypedResults.Problem(
        "This shop has no trained recommender yet: run 'tailor train' or POST /api/v1/models/train.",
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "No model");

    private static ProblemHttpResult NotFound(string detail) => Problems.NotFound(detail);

    private static ProblemHttpResult BadRequest(string field, string reason) => Problems.Invalid([new FieldError(null, field, reason)]);
}
