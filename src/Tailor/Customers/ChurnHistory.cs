using Tailor.Data;

namespace Tailor.Customers;

/// <summary>
/// What churn features are computed from, gathered once so that many cut-offs can be read from it:
/// each customer's purchases, returns and cancellations, items bought, activity (web and email events)
/// and whether they buy from the shop's home country. Anonymous orders and events are left out.
/// </summary>
public sealed class ChurnHistory
{
    private ChurnHistory(
        List<(string Customer, DateTimeOffset Time, decimal Amount)> purchases,
        Dictionary<string, ChurnCustomerHistory> customers,
        DateTimeOffset? lastPurchase)
    {
        Purchases = purchases;
        Customers = customers;
        LastPurchase = lastPurchase;
    }

    /// <summary>Time of the newest purchase, or null without any: outcomes are known up to it.</summary>
    public DateTimeOffset? LastPurchase { get; }

    /// <summary>The purchases, by the rules of <see cref="TransactionSummary.FromOrders(IEnumerable{Order}, DateTimeOffset, TransactionSummaryOptions)"/>.</summary>
    internal List<(string Customer, DateTimeOffset Time, decimal Amount)> Purchases { get; }

    internal Dictionary<string, ChurnCustomerHistory> Customers { get; }

    /// <summary>Gathers the history of every named customer.</summary>
    /// <param name="orders">The shop's orders; negative lines are cancellations and returns.</param>
    /// <param name="events">The shop's events, or null when it has none; purchase events are left out (orders count them).</param>
    public static ChurnHistory From(IEnumerable<Order> orders, IEnumerable<ShopEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var list = orders as IReadOnlyList<Order> ?? orders.ToList();
        var customers = new Dictionary<string, ChurnCustomerHistory>(StringComparer.Ordinal);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        ChurnCustomerHistory Of(string id)
        {
            if (!customers.TryGetValue(id, out var history))
            {
                history = new ChurnCustomerHistory();
                customers.Add(id, history);
            }

            return history;
        }

        foreach (var order in list)
        {
            if (order.Country is { } country)
            {
                countries[country] = countries.GetValueOrDefault(country) + 1;
            }

            if (order.CustomerId is null)
            {
                continue;
            }

            var history = Of(order.CustomerId);
            history.Add(order);
        }

        // The home country is where most orders come from; buying from abroad often means a trade customer.
        var home = countries.Count == 0 ? null : countries.MaxBy(c => c.Value).Key;
        foreach (var history in customers.Values)
        {
            history.Finish(home);
        }

        foreach (var e in events ?? [])
        {
            if (e.CustomerId is not null && e.Type != EventTypes.Purchase)
            {
                Of(e.CustomerId).Activity.Add(e.Timestamp);
            }
        }

        foreach (var history in customers.Values)
        {
            history.Activity.Sort();
        }

        var purchases = TransactionSummary.Purchases(list).ToList();
        return new ChurnHistory(purchases, customers, purchases.Count == 0 ? null : purchases.Max(p => p.Time));
    }
}
