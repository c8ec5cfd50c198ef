namespace Tailor.Data;

/// <summary>
/// One transaction of writes into a shop. Every upsert is keyed by the shop's external ids, so
/// writing the same rows twice changes nothing. Rows that reference a customer or item the shop
/// does not know yet create a placeholder for it (as Gorse does), so orders and events can arrive
/// before the catalogue. Disposing without <see cref="Commit"/> rolls everything back.
/// </summary>
public interface IImportSession : IDisposable
{
    /// <summary>Rows inserted or changed so far; unchanged rows do not count.</summary>
    long Changes { get; }

    /// <summary>Placeholder customers and items created for unknown references so far.</summary>
    PlaceholderCounts Placeholders { get; }

    /// <summary>
    /// Inserts or replaces customers; the rows are the truth for every field but the creation time,
    /// which is the earliest ever seen (a customer appears once).
    /// </summary>
    void UpsertCustomers(IReadOnlyList<Customer> customers);

    /// <summary>
    /// Records customers seen in transactions: creates unknown ones, moves <c>created_at</c> earlier
    /// when an earlier sighting arrives, and fills a missing country. Never overwrites what a
    /// customers file said.
    /// </summary>
    void TouchCustomers(IReadOnlyList<CustomerSighting> sightings);

    /// <summary>Inserts or replaces catalogue items.</summary>
    void UpsertItems(IReadOnlyList<Item> items);

    /// <summary>Creates unknown items with the given title; fills a title that is only the placeholder id.</summary>
    void TouchItems(IReadOnlyList<ItemSighting> sightings);

    /// <summary>Inserts or replaces orders and their lines (by order id and line number).</summary>
    void UpsertOrders(IReadOnlyList<Order> orders);

    /// <summary>Inserts events whose idempotency key is new; known keys are skipped.</summary>
    void InsertEvents(IReadOnlyList<ShopEvent> events);

    /// <summary>Inserts or replaces spend by channel and day.</summary>
    void UpsertSpend(IReadOnlyList<Spend> spend);

    /// <summary>Inserts or replaces campaign sends by campaign and customer.</summary>
    void UpsertCampaignSends(IReadOnlyList<CampaignSend> sends);

    /// <summary>Makes every write of the session durable and visible.</summary>
    void Commit();
}
