using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;
using Tailor.Server.Serving;

namespace Tailor.Server.Apis;

/// <summary>Liveness and readiness for load balancers and orchestrators.</summary>
public static class HealthApi
{
    /// <summary>What /readyz says.</summary>
    public sealed record Readiness(bool Store, string Status, int? ModelVersion);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Text("ok"))
            .WithName("Health").WithSummary("Liveness: the process answers.").WithTags("Health");
        app.MapGet("/readyz", Results<Ok<Readiness>, JsonHttpResult<Readiness>> (ITailorStore store, RecommenderCache models, TailorServerOptions options) =>
            {
                try
                {
                    _ = store.ListShops();
                }
                catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException)
                {
                    return TypedResults.Json(new Readiness(false, $"the store cannot be read: {e.Message}", null), statusCode: StatusCodes.Status503ServiceUnavailable);
                }

                var model = models.Get(options.DefaultShop);
                return model is null
                    ? TypedResults.Json(new Readiness(true, $"shop '{options.DefaultShop}' has no trained recommender yet", null), statusCode: StatusCodes.Status503ServiceUnavailable)
                    : TypedResults.Ok(new Readiness(true, "ready", model.Version));
            })
            .WithName("Ready").WithSummary("Readiness: the store can be read and the default shop's model is loaded.").WithTags("Health");
        return app;
    }
}
