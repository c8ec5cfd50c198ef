using Prometheus;
using Scalar.AspNetCore;
using Tailor.Data;
using Tailor.Data.Sqlite;
using Tailor.Server.Apis;
using Tailor.Server.Dashboard;
using Tailor.Server.Security;
using Tailor.Server.Serving;
using Tailor.Server.Training;

namespace Tailor.Server;

/// <summary>Builds the HTTP host: API under /api/v1, health endpoints and the dashboard at /.</summary>
public static class TailorServer
{
    public static WebApplication Build(TailorServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // No reloading of appsettings files: the host would watch the working directory, where the
        // database usually lives, and wake on every committed write (a few percent of ingestion's CPU).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.WebHost.UseUrls(options.Urls);
        // A batch of 10,000 events is about 2 MiB; anything far larger is a mistake or an attack.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 8 * 1024 * 1024);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ITailorStore>(_ => SqliteStore.Open(options.DbPath));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ApiKeyRegistry>();
        builder.Services.AddSingleton<KeyRateLimiter>();
        builder.Services.AddSingleton<RecommenderCache>();
        builder.Services.AddSingleton<CustomerAnalyticsCache>();
        builder.Services.AddSingleton<LiveActivity>();
        builder.Services.AddSingleton<EventWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<EventWriter>());
        builder.Services.AddSingleton<ResponseCurveCache>();
        builder.Services.AddSingleton<TrainingQueue>();
        builder.Services.AddSingleton<PropensityCache>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TrainingQueue>());
        builder.Services.AddSingleton<TrainingSchedule>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TrainingSchedule>());
        builder.Services.AddSingleton(services => new Tailor.Experiments.ExperimentService(services.GetRequiredService<ITailorStore>()));
        builder.Services.AddDashboard();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(OpenApiDocumentation.Configure);
        // Enums as words ("becauseOfHistory", "product"), the same as the CLI's --json.
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHttpMetrics();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseDashboard();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/reference", reference => reference.WithTitle("Tailor API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapMetrics("/metrics");
        app.MapHealthApi();
        app.MapShopsApi();
        app.MapEventsApi();
        app.MapRecommendationsApi();
        app.MapCustomersApi();
        app.MapSegmentsApi();
        app.MapCatalogueApi();
        app.MapModelsApi();
        app.MapExperimentsApi();
        app.MapOperationsApi();
        app.MapMarketingApi();
        app.MapAudienceApi();
        app.MapDashboard();
        return app;
    }

    /// <summary>
    /// Starts the server, reports the addresses it listens on (port 0 resolved), and runs until the
    /// token fires.
    /// </summary>
    public static async Task RunAsync(
        TailorServerOptions options, Action<IReadOnlyList<string>> started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(started);
        await using var app = Build(options);
        await app.StartAsync(cancellationToken);
        started(app.Urls.ToArray());
        await app.WaitForShutdownAsync(cancellationToken);
    }
}
