using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;

namespace Tailor.Server.Apis;

/// <summary>Liveness and readiness for load balancers and orchestrators.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Text("ok"))
            .WithName("Health").WithSummary("Liveness: the process answers.").WithTags("Health");
        app.MapGet("/readyz", Results<Ok<string>, ProblemHttpResult> (ITailorStore store) =>
            {
                try
                {
                    _ = store.ListShops();
                    return TypedResults.Ok("ready");
                }
                catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException)
                {
                    return TypedResults.Problem($"The store cannot be read: {e.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
                }
            })
            .WithName("Ready").WithSummary("Readiness: the store can be read.").WithTags("Health");
        return app;
    }
}
