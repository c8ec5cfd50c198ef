namespace Tailor.Data.Csv;

/// <summary>The documented column layout of one kind of file (docs/data-formats.md).</summary>
public sealed record CsvLayout(DataKind Kind, IReadOnlyList<CsvColumn> Columns)
{
    public static CsvLayout Customers { get; } = new(DataKind.Customers, [
        new("customer_id", true, "the shop's id for the customer"),
        new("created_at", false, "when the customer first appeared; defaults to the import time"),
        new("country", false, "country name or code"),
        new("region", false, "finer location"),
        new("consent_personalization", false, "true/false; default true"),
        new("consent_email", false, "true/false; default false (marketing needs an opt-in)"),
        new("consent_analytics", false, "true/false; default true"),
        new("attributes", false, "a JSON object of extra attributes"),
    ]);

    public static CsvLayout Items { get; } = new(DataKind.Items, [
        new("item_id", true, "the shop's id (SKU, stock code, slug)"),
        new("title", true, "name shown to people"),
        new("kind", false, "product or content; default product"),
        new("description", false, "longer text"),
        new("category", false, "category, '/' separating levels"),
        new("tags", false, "tags separated by '|'"),
        new("price", false, "selling price, decimal point"),
        new("cost", false, "unit cost"),
        new("stock", false, "units in stock, whole number"),
        new("available", false, "true/false; default true"),
        new("created_at", false, "when the item entered the catalogue"),
        new("attributes", false, "a JSON object of extra attributes"),
    ]);

    public static CsvLayout Orders { get; } = new(DataKind.Orders, [
        new("order_id", true, "order or invoice number; rows with the same id are lines of one order"),
        new("timestamp", true, "when the order was placed"),
        new("item_id", true, "the item of the line"),
        new("quantity", true, "units, whole number, not 0; negative for a cancellation or return"),
        new("unit_price", true, "price per unit, 0 or more"),
        new("customer_id", false, "empty for an anonymous order"),
        new("channel", false, "web, store, phone, ..."),
        new("country", false, "delivery or billing country"),
        new("line", false, "line number within the order; default: position in the file"),
    ]);

    public static CsvLayout Events { get; } = new(DataKind.Events, [
        new("type", true, "view, click, add_to_cart, purchase, rating, email_open, email_click, or your own"),
        new("timestamp", true, "when it happened"),
        new("customer_id", false, "the customer; this or session_id is required"),
        new("session_id", false, "anonymous session id"),
        new("item_id", false, "the item the event is about"),
        new("value", false, "a number such as a rating"),
        new("quantity", false, "units, whole number"),
        new("channel", false, "web, email, store, app, ..."),
        new("idempotency_key", false, "unique per event; derived from the row's content when empty"),
    ]);

    public static CsvLayout Spend { get; } = new(DataKind.Spend, [
        new("channel", true, "marketing channel"),
        new("date", true, "the day, YYYY-MM-DD"),
        new("amount", true, "money spent, 0 or more"),
        new("impressions", false, "whole number"),
        new("clicks", false, "whole number"),
        new("conversions", false, "conversions the channel reports"),
        new("revenue", false, "revenue the channel reports"),
    ]);

    public static CsvLayout Campaigns { get; } = new(DataKind.Campaigns, [
        new("campaign_id", true, "the campaign"),
        new("channel", true, "email, sms, push, post, ...; one per campaign"),
        new("customer_id", true, "who it was sent to"),
        new("sent_at", true, "when this copy was sent"),
        new("segment", false, "segment targeted"),
        new("variant", false, "variant received (subject line, offer)"),
        new("opened", false, "true/false; default false"),
        new("clicked", false, "true/false; default false"),
        new("converted", false, "true/false; default false"),
        new("unsubscribed", false, "true/false; default false"),
        new("revenue", false, "revenue attributed to this send"),
    ]);

    /// <summary>The layout of a kind.</summary>
    public static CsvLayout For(DataKind kind) => kind switch
    {
        DataKind.Customers => Customers,
        DataKind.Items => Items,
        DataKind.Orders => Orders,
        DataKind.Events => Events,
        DataKind.Spend => Spend,
        DataKind.Campaigns => Campaigns,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown data kind."),
    };

    /// <summary>Column names in order, for headers.</summary>
    public IEnumerable<string> Names => Columns.Select(column => column.Name);
}
