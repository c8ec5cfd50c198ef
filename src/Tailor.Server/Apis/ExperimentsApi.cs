using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;
using Tailor.Experiments;
using Tailor.Marketing;
using Tailor.Server.Security;

namespace Tailor.Server.Apis;

/// <summary>
/// A/B/n experiments and bandits: create and stop (admin), assign and record outcomes (ingest, so a web
/// page can call them with its public key), list and report (read).
/// </summary>
public static class ExperimentsApi
{
    /// <summary>The answer to an outcome: whether it was stored (false for a repeated idempotency key).</summary>
    public sealed record OutcomeResult(string Experiment, string CustomerId, double Value, DateTimeOffset OccurredAt, bool Recorded);

    public static IEndpointRouteBuilder MapExperimentsApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/experiments").WithTags("Experiments").RequireScope(ApiScope.Admin);
        admin.MapPost("", Create).WithName("CreateExperiment")
            .WithSummary("Creates a running experiment: variants with weights (the first is the control), metric, source, bandit mode.");
        admin.MapPost("/{key}/stop", Stop).WithName("StopExperiment")
            .WithSummary("Stops exposing new customers; they get the winner (or the control), earlier ones keep their variant.");

        var ingest = app.MapGroup("/api/v1/experiments").WithTags("Experiments").RequireScope(ApiScope.Ingest);
        ingest.MapPost("/{key}/assignments", Assign).WithName("AssignVariant")
            .WithSummary("The customer's variant, by hash of key and customer; the first call logs the exposure.");
        ingest.MapPost("/{key}/outcomes", RecordOutcome).WithName("RecordOutcome")
            .WithSummary("Records an outcome (1 for a conversion, an amount for revenue) of an exposed customer.");

        var read = app.MapGroup("/api/v1/experiments").WithTags("Experiments").RequireScope(ApiScope.Read);
        read.MapGet("", (HttpContext context, ExperimentService service) => TypedResults.Ok(service.List(context.Key().ShopId)))
            .WithName("ListExperiments").WithSummary("The shop's experiments, newest first.");
        read.MapGet("/{key}", Get).WithName("GetExperiment").WithSummary("An experiment with its current weights.");
        read.MapGet("/{key}/report", Report).WithName("ExperimentReport")
            .WithSummary("Per variant: exposures, rate or mean, lift with CI, fixed and sequential p-values, P(best), expected loss; SRM, CUPED and a verdict.")
            .WithDescription("Query: confidence (default 0.95) and correction across treatments (holm, bh or none; default holm).");
        read.MapGet("/{key}/lift-test", LiftTestOf).WithName("ExperimentLiftTest")
            .WithSummary("A two-variant holdout experiment (the control kept from a channel) as a lift test for the response curves: incremental outcome a day for the whole shop, with its standard error.")
            .WithDescription("Query: channel (required) and end (YYYY-MM-DD, the last day the channel ran; today when omitted). The result fits the liftTests of POST /api/v1/marketing/allocation.");
        return app;
    }

    private static Results<Created<Experiment>, ProblemHttpResult> Create(
        ExperimentInput body, HttpContext context, ExperimentService service, TimeProvider clock)
    {
        var errors = new List<FieldError>();
        var metric = ExperimentMetric.Conversion;
        if (body.Metric is not null && !TryWord(body.Metric, out metric))
        {
            errors.Add(new FieldError(null, "metric", $"'{body.Metric}' is not conversion or revenue"));
        }

        var source = OutcomeSource.Logged;
        if (body.Source is not null && !TryWord(body.Source, out source))
        {
            errors.Add(new FieldError(null, "source", $"'{body.Source}' is not logged or orders"));
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var variants = (body.Variants ?? []).Select(v => new ExperimentVariant(v?.Name?.Trim() ?? "", v?.Weight ?? 1)).ToList();
        var spec = new ExperimentSpec(body.Key?.Trim() ?? "", variants, metric, body.Bandit ?? false, source, body.WindowHours);
        return Guard(() =>
        {
            var experiment = service.Create(context.Key().ShopId, spec, clock.GetUtcNow());
            return TypedResults.Created($"/api/v1/experiments/{experiment.Key}", experiment);
        });
    }

    private static Results<Ok<Experiment>, ProblemHttpResult> Get(string key, HttpContext context, ExperimentService service) =>
        Guard(() => TypedResults.Ok(service.Get(context.Key().ShopId, key)));

    private static Results<Ok<ExperimentAssignment>, ProblemHttpResult> Assign(
        string key, AssignmentInput body, HttpContext context, ExperimentService service, TimeProvider clock) =>
        Guard(() => TypedResults.Ok(service.Assign(context.Key().ShopId, key, body.CustomerId?.Trim() ?? "", clock.GetUtcNow())));

    private static Results<Ok<OutcomeResult>, ProblemHttpResult> RecordOutcome(
        string key, OutcomeInput body, HttpContext context, ExperimentService service, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (body.Timestamp is { } at && at > now.AddDays(1))
        {
            return Problems.Invalid([new FieldError(null, "timestamp", $"{at:O} is in the future")]);
        }

        var customer = body.CustomerId?.Trim() ?? "";
        var value = body.Value ?? 1;
        var when = (body.Timestamp ?? now).ToUniversalTime();
        return Guard(() => TypedResults.Ok(new OutcomeResult(key, customer, value, when,
            service.RecordOutcome(context.Key().ShopId, key, customer, value, when, body.IdempotencyKey))));
    }

    private static Results<Ok<ExperimentReport>, ProblemHttpResult> Report(
        string key, double? confidence, string? correction, HttpContext context, ExperimentService service, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Guard(() =>
        {
            var options = new ExperimentOptions
            {
                Confidence = confidence ?? ExperimentDefaults.Confidence,
                Correction = correction is null ? ExperimentDefaults.Correction : MultipleComparisons.ParseCorrection(correction),
            };
            return TypedResults.Ok(service.Report(context.Key().ShopId, key, clock.GetUtcNow(), options, cancellationToken));
        });

    private static Results<Ok<LiftTest>, ProblemHttpResult> LiftTestOf(
        string key, string? channel, DateOnly? end, HttpContext context, ExperimentService service, TimeProvider clock, CancellationToken cancellationToken) =>
        Guard(() =>
        {
            if (string.IsNullOrWhiteSpace(channel))
            {
                throw new ArgumentException("The channel the holdout was kept from is required.", nameof(channel));
            }

            var shopId = context.Key().ShopId;
            var experiment = service.Get(shopId, key);
            var report = service.Report(shopId, key, clock.GetUtcNow(), cancellationToken: cancellationToken);
            return TypedResults.Ok(HoldoutLiftTest.From(experiment, report, channel.Trim(), end));
        });

    private static Results<Ok<Experiment>, ProblemHttpResult> Stop(string key, StopInput? body, HttpContext context, ExperimentService service) =>
        Guard(() => TypedResults.Ok(service.Stop(context.Key().ShopId, key, string.IsNullOrWhiteSpace(body?.Winner) ? null : body.Winner.Trim())));

    /// <summary>Maps the engine's refusals to problem details: unknown 404, state conflict 409, bad field 400.</summary>
    private static Results<T, ProblemHttpResult> Guard<T>(Func<T> action)
        where T : IResult
    {
        try
        {
            return action();
        }
        catch (ExperimentException e) when (e.Problem == ExperimentProblem.NotFound)
        {
            return Problems.NotFound(e.Message);
        }
        catch (ExperimentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            return Problems.Invalid([new FieldError(null, e.ParamName ?? "*", message)]);
        }
    }

    private static bool TryWord<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
