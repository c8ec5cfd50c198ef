using Tailor.Data;

namespace Tailor.Recommend;

/// <summary>
/// Turns a shop's order lines and events into weighted interactions. Order lines are the purchases;
/// "purchase" events are skipped because a shop that sends both would count each sale twice.
/// Cancellation lines subtract. Anonymous sessions are users of their own ("session:ID"), so a
/// visitor's views still teach the model which items go together.
/// </summary>
public static class InteractionSource
{
    /// <summary>The prefix that keeps anonymous session ids apart from customer ids.</summary>
    public const string SessionPrefix = "session:";

    public static IEnumerable<Interaction> FromOrders(IEnumerable<Order> orders, InteractionOptions options, ISet<string>? excludedCustomers = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var order in orders)
        {
            if (order.CustomerId is null || excludedCustomers?.Contains(order.CustomerId) == true)
            {
                continue; // an anonymous till receipt cannot be tied to anyone's later visits
            }

            foreach (var line in order.Lines)
            {
                yield return new Interaction(order.CustomerId, line.ItemId, Strength(options.PurchaseWeight, line.Quantity, options),
                    order.Timestamp);
            }
        }
    }

    public static IEnumerable<Interaction> FromEvents(IEnumerable<ShopEvent> events, InteractionOptions options, ISet<string>? excludedCustomers = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var e in events)
        {
            if ((e.CustomerId is null || excludedCustomers?.Contains(e.CustomerId) != true) && TryFromEvent(e, options, out var interaction))
            {
                yield return interaction;
            }
        }
    }

    /// <summary>The interaction one event stands for, if its type carries weight and it names an item and a user.</summary>
    public static bool TryFromEvent(ShopEvent e, InteractionOptions options, out Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(options);
        interaction = default;
        if (e.ItemId is null || !options.EventWeights.TryGetValue(e.Type, out var weight))
        {
            return false;
        }

        if (e.Type == EventTypes.Rating && e.Value is { } rating)
        {
            // Ratings below the middle of a 1-5 scale are evidence against, not for.
            weight *= (float)((rating - 2.5) / 2.5);
            if (weight <= 0)
            {
                return false;
            }
        }

        var user = e.CustomerId ?? (e.SessionId is null ? null : SessionPrefix + e.SessionId);
        if (user is null)
        {
            return false;
        }

        interaction = new Interaction(user, e.ItemId, Strength(weight, e.Quantity ?? 1, options), e.Timestamp);
        return true;
    }

    /// <summary>Everything a shop's data says about who likes what.</summary>
    public static IEnumerable<Interaction> FromShop(ShopData data, InteractionOptions options, ISet<string>? excludedCustomers = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return FromOrders(data.Orders, options, excludedCustomers).Concat(FromEvents(data.Events, options, excludedCustomers));
    }

    private static float Strength(float weight, int quantity, InteractionOptions options)
    {
        var magnitude = Math.Abs(quantity);
        var scaled = options.LogQuantity && magnitude > 1 ? weight * (1 + MathF.Log(magnitude)) : weight;
        return quantity < 0 ? -scaled : scaled;
    }
}
