using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;
using Tailor.Server.Security;
using Tailor.Server.Training;

namespace Tailor.Server.Apis;

/// <summary>Model versions and background training.</summary>
public static class ModelsApi
{
    /// <summary>A model version as listed (no artefact).</summary>
    public sealed record ModelVersion(string Kind, int Version, DateTimeOffset TrainedAt, System.Text.Json.JsonElement? Metrics);

    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1").WithTags("Models").RequireScope(ApiScope.Admin);
        admin.MapPost("/models/train", (HttpContext context, TrainingQueue queue) =>
            {
                var job = queue.Enqueue(context.Key().ShopId);
                return TypedResults.Accepted($"/api/v1/jobs/{job.Id}", job);
            })
            .WithName("TrainModels").WithSummary("Starts training in the background; answers 202 with the job to poll.");
        admin.MapGet("/jobs/{jobId}", Results<Ok<TrainingJob>, ProblemHttpResult> (string jobId, HttpContext context, TrainingQueue queue) =>
                queue.Find(context.Key().ShopId, jobId) is { } job ? TypedResults.Ok(job) : Problems.NotFound($"Job '{jobId}' is not known."))
            .WithName("GetJob").WithSummary("A training job: queued, running, succeeded (with the model version) or failed (with the reason).");
        admin.MapGet("/jobs", (HttpContext context, TrainingQueue queue) => TypedResults.Ok(queue.Recent(context.Key().ShopId, 50)))
            .WithName("ListJobs").WithSummary("The shop's training jobs since the server started, newest first (at most 50): " +
                "scheduled and on-demand, with the reason of any failure.");
        app.MapGet("/api/v1/models", (HttpContext context, ITailorStore store) => TypedResults.Ok(
                store.ListModels(context.Key().ShopId).Select(m => new ModelVersion(m.Kind, m.Version, m.TrainedAt,
                    m.Metrics is null ? null : System.Text.Json.JsonDocument.Parse(m.Metrics).RootElement.Clone())).ToList()))
            .RequireScope(ApiScope.Read).WithTags("Models").WithName("ListModels").WithSummary("Model versions, newest first, with their metrics.");
        return app;
    }
}
