using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Server.Security;
using Tailor.Server.Serving;

namespace Tailor.Server.Apis;

/// <summary>Customers: upsert, profile, consent, export of everything stored, erasure.</summary>
public static class CustomersApi
{
    /// <summary>
    /// GET /customers/{id}: the customer with consent and their latest events, and what the newest
    /// customer analytics concluded (null when it has not run, or the customer has no purchase or no analytics consent).
    /// </summary>
    public sealed record Profile(
        Customer Customer,
        int Orders,
        decimal Revenue,
        IReadOnlyList<ShopEvent> RecentEvents,
        int? AnalyticsVersion = null,
        CustomerRfm? Segment = null,
        SegmentsApi.ClusterRef? Cluster = null,
        SegmentsApi.ClvEstimate? Clv = null,
        ChurnRisk? Churn = null);

    /// <summary>GET /customers/{id}/export: everything the shop stores about the customer.</summary>
    public sealed record Export(Customer Customer, IReadOnlyList<Order> Orders, IReadOnlyList<ShopEvent> Events, IReadOnlyList<CampaignSend> CampaignSends);

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/customers").WithTags("Customers").RequireScope(ApiScope.Read);
        read.MapGet("/{customerId}", GetProfile).WithName("CustomerProfile").WithSummary("A customer's attributes, consent and recent events.");

        var admin = app.MapGroup("/api/v1/customers").WithTags("Customers").RequireScope(ApiScope.Admin);
        admin.MapPut("/{customerId}", Put).WithName("PutCustomer").WithSummary("Creates or updates a customer (by the shop's id).");
        admin.MapPut("/{customerId}/consent", PutConsent).WithName("PutConsent").WithSummary("Sets consent per purpose.");
        admin.MapGet("/{customerId}/export", GetExport).WithName("ExportCustomer")
            .WithSummary("Everything stored about the customer, as JSON (a data subject access request).");
        admin.MapDelete("/{customerId}", Erase).WithName("EraseCustomer")
            .WithSummary("Erases the customer: profile, events and sends deleted at once; orders kept without their name.");
        return app;
    }

    private static Results<Ok<Profile>, ProblemHttpResult> GetProfile(string customerId, HttpContext context, ITailorStore store, CustomerAnalyticsCache analytics)
    {
        var shopId = context.Key().ShopId;
        var activity = store.ReadCustomerActivity(shopId, customerId);
        if (activity is null)
        {
            return NotFound(customerId);
        }

        var profile = new Profile(activity.Customer, activity.Orders.Count, activity.Orders.SelectMany(o => o.Lines).Sum(l => l.Quantity * l.UnitPrice),
            activity.Events.TakeLast(50).Reverse().ToList());
        if (analytics.Get(shopId) is not { } current || store.ReadCustomerInsight(shopId, customerId) is not { } insight)
        {
            return TypedResults.Ok(profile);
        }

        return TypedResults.Ok(profile with
        {
            AnalyticsVersion = current.Version,
            Segment = insight.Rfm,
            Cluster = insight.Cluster is { } id ? new SegmentsApi.ClusterRef(id, current.Report.Clusters.FirstOrDefault(c => c.Id == id)?.Description ?? "") : null,
            Clv = insight.Value is { } v ? SegmentsApi.ClvEstimate.From(v, current.Report.LifetimeValueMonths) : null,
            Churn = insight.Churn,
        });
    }

    private static Results<Ok<Customer>, ProblemHttpResult> Put(
        string customerId, CustomerInput body, HttpContext context, ITailorStore store, LiveActivity live, TimeProvider clock)
    {
        var shopId = context.Key().ShopId;
        string? attributes = null;
        if (body.Attributes is { } json)
        {
            if (json.ValueKind != JsonValueKind.Object)
            {
                return Problems.Invalid([new FieldError(null, "attributes", "must be a JSON object")]);
            }

            attributes = json.GetRawText();
        }

        var existing = store.ReadCustomerActivity(shopId, customerId)?.Customer;
        var consent = Merge(existing?.Consent ?? Consent.Default, body.Consent);
        var customer = new Customer(customerId, body.CreatedAt ?? existing?.CreatedAt ?? clock.GetUtcNow(), body.Country ?? existing?.Country,
            body.Region ?? existing?.Region, attributes ?? existing?.Attributes, consent);
        using (var session = store.BeginImport(shopId))
        {
            session.UpsertCustomers([customer]);
            session.Commit();
        }

        live.Forget(shopId, customerId);

        return TypedResults.Ok(store.ReadCustomerActivity(shopId, customerId)!.Customer);
    }

    private static Results<Ok<Consent>, ProblemHttpResult> PutConsent(
        string customerId, ConsentInput body, HttpContext context, ITailorStore store, LiveActivity live)
    {
        var shopId = context.Key().ShopId;
        var existing = store.ReadCustomerActivity(shopId, customerId)?.Customer;
        if (existing is null)
        {
            return NotFound(customerId);
        }

        var consent = Merge(existing.Consent, body);
        store.UpdateConsent(shopId, customerId, consent);
        live.Forget(shopId, customerId); // consent decides personalisation on the very next request
        return TypedResults.Ok(consent);
    }

    private static Results<Ok<Export>, ProblemHttpResult> GetExport(string customerId, HttpContext context, ITailorStore store)
    {
        var shopId = context.Key().ShopId;
        var activity = store.ReadCustomerActivity(shopId, customerId);
        return activity is null
            ? NotFound(customerId)
            : TypedResults.Ok(new Export(activity.Customer, activity.Orders, activity.Events,
                store.ReadCampaignSends(shopId).Where(s => s.CustomerId == customerId).ToList()));
    }

    private static Results<NoContent, ProblemHttpResult> Erase(string customerId, HttpContext context, ITailorStore store, LiveActivity live)
    {
        // Forget first and again after: a request racing the erasure must not put the customer back in memory.
        live.Forget(context.Key().ShopId, customerId);
        var erased = store.EraseCustomer(context.Key().ShopId, customerId);
        live.Forget(context.Key().ShopId, customerId);
        return erased ? TypedResults.NoContent() : NotFound(customerId);
    }

    private static Consent Merge(Consent current, ConsentInput? change) => change is null
        ? current
        : new Consent(change.Personalization ?? current.Personalization, change.EmailMarketing ?? current.EmailMarketing,
            change.Analytics ?? current.Analytics);

    private static ProblemHttpResult NotFound(string customerId) => Problems.NotFound($"Customer '{customerId}' is not known to this shop.");
}
