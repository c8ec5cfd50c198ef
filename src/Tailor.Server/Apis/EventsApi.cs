using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;
using Tailor.Server.Security;
using Tailor.Server.Serving;

namespace Tailor.Server.Apis;

/// <summary>POST /api/v1/events: one event or a batch, acknowledged only once committed.</summary>
public static class EventsApi
{
    public const int MaxBatch = 10_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The answer to an ingestion: counts and the rejected elements.</summary>
    public sealed record IngestResult(int Received, int Accepted, int Inserted, int Duplicates, int Rejected, IReadOnlyList<FieldError> Errors);

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/events", Ingest)
            .RequireScope(ApiScope.Ingest)
            .WithName("IngestEvents")
            .WithSummary("Record one event or a batch of up to 10,000.")
            .WithDescription("Good events are committed before the answer; bad ones are listed with their index, field and reason. A repeated idempotency key is a no-op.")
            .WithTags("Events");
        return app;
    }

    private static async Task<Results<Ok<IngestResult>, BadRequest<IngestResult>, ProblemHttpResult>> Ingest(
        HttpContext context, EventWriter writer, LiveActivity live, TimeProvider clock, CancellationToken cancellationToken)
    {
        List<EventInput?> inputs;
        bool batch;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            batch = document.RootElement.ValueKind == JsonValueKind.Array;
            inputs = batch
                ? document.RootElement.EnumerateArray().Select(Parse).ToList()
                : [Parse(document.RootElement)];
        }
        catch (JsonException e)
        {
            return TypedResults.Problem($"The body is not valid JSON: {e.Message}", statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid JSON");
        }

        if (inputs.Count > MaxBatch)
        {
            return TypedResults.Problem($"A batch holds at most {MaxBatch:N0} events; this one has {inputs.Count:N0}.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Batch too large");
        }

        var shopId = context.Key().ShopId;
        var now = clock.GetUtcNow();
        var errors = new List<FieldError>();
        var events = new List<ShopEvent>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var index = batch ? i : (int?)null;
            if (Validate(inputs[i], index, now) is { } error)
            {
                errors.Add(error);
            }
            else
            {
                events.Add(ToEvent(inputs[i]!, now));
            }
        }

        // Acknowledged only once committed (group commit shares the transaction with concurrent requests).
        var inserted = events.Count > 0 ? await writer.WriteAsync(shopId, events, cancellationToken) : 0;
        // Committed: the next recommendation for these customers must see them. When some were repeats of
        // stored keys, which ones is not known here: those customers are reloaded instead of appended to.
        if (inserted == events.Count)
        {
            live.Append(shopId, events);
        }
        else
        {
            foreach (var customer in events.Select(e => e.CustomerId).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                live.Forget(shopId, customer);
            }
        }

        var result = new IngestResult(inputs.Count, events.Count, inserted, events.Count - inserted, errors.Count, errors);
        return events.Count == 0 ? TypedResults.BadRequest(result) : TypedResults.Ok(result);
    }

    private static EventInput? Parse(JsonElement element)
    {
        try
        {
            return element.ValueKind == JsonValueKind.Object ? element.Deserialize<EventInput>(Json) : null;
        }
        catch (JsonException)
        {
            return null; // reported as a bad element by Validate, with the rest of the batch kept
        }
    }

    private static FieldError? Validate(EventInput? input, int? index, DateTimeOffset now)
    {
        if (input is null)
        {
            return new FieldError(index, "*", "an event is a JSON object with type, customerId or sessionId, itemId, timestamp; a field has the wrong type");
        }

        if (string.IsNullOrWhiteSpace(input.Type))
        {
            return new FieldError(index, "type", "is required (view, click, add_to_cart, rating, ...)");
        }

        if (string.IsNullOrWhiteSpace(input.CustomerId) && string.IsNullOrWhiteSpace(input.SessionId))
        {
            return new FieldError(index, "customerId", "an event needs a customerId or a sessionId");
        }

        if (input.Timestamp is { } at && at > now.AddDays(1))
        {
            return new FieldError(index, "timestamp", $"{at:O} is in the future");
        }

        if (input.Value is { } value && !double.IsFinite(value))
        {
            return new FieldError(index, "value", "must be a finite number");
        }

        return null;
    }

    private static ShopEvent ToEvent(EventInput input, DateTimeOffset now)
    {
        var type = input.Type!.Trim().ToLowerInvariant();
        var at = (input.Timestamp ?? now).ToUniversalTime();
        var customer = string.IsNullOrWhiteSpace(input.CustomerId) ? null : input.CustomerId.Trim();
        var session = string.IsNullOrWhiteSpace(input.SessionId) ? null : input.SessionId.Trim();
        var item = string.IsNullOrWhiteSpace(input.ItemId) ? null : input.ItemId.Trim();
        var key = string.IsNullOrWhiteSpace(input.IdempotencyKey)
            ? EventKeys.Derive(customer, session, item, type, input.Value, input.Quantity, input.Channel, at)
            : input.IdempotencyKey.Trim();
        return new ShopEvent(customer, session, item, type, input.Value, input.Quantity, input.Channel, at, key);
    }
}
