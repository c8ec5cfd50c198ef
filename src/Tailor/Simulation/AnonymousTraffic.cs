namespace Tailor.Simulation;

/// <summary>
/// Visitors the shop never identifies: anonymous web sessions, and store walk-ins who pay without a
/// customer account. Both follow the day's seasonality and marketing like everyone else.
/// </summary>
internal static class AnonymousTraffic
{
    /// <summary>Anonymous web sessions a day per customer of the shop, on an ordinary day.</summary>
    public const double SessionsPerCustomerPerDay = 0.012;

    /// <summary>Store walk-in orders a day per customer of the shop, on an ordinary day.</summary>
    public const double WalkInsPerCustomerPerDay = 0.001;

    // A handful of visitor types stands in for the crowd; each has its own taste.
    private const int Archetypes = 16;

    private const double Second = 1.0 / 86_400;
    private const double Minute = 1.0 / 1440;

    public static void Generate(
        ShopSimulatorOptions options,
        Catalogue catalogue,
        IntensityCurve intensity,
        EventLog events,
        List<OrderDraft> orders,
        Random rng,
        CancellationToken cancellationToken)
    {
        var choosers = new ItemChooser[Archetypes];
        for (var a = 0; a < Archetypes; a++)
        {
            choosers[a] = new ItemChooser(catalogue);
            choosers[a].SetTaste(CustomerGenerator.DrawTaste(rng, catalogue.Centroids).Taste);
        }

        var sessionsPerDay = SessionsPerCustomerPerDay * options.Customers;
        var walkInsPerDay = WalkInsPerCustomerPerDay * options.Customers;
        for (var day = 0; day < intensity.Days; day++)
        {
            if ((day & 31) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var walkIns = rng.NextPoisson(walkInsPerDay * intensity[day]);
            for (var k = 0; k < walkIns; k++)
            {
                WalkIn(catalogue, choosers[rng.Next(Archetypes)], orders, rng, day + HourProfile.StoreTimeOfDay(rng));
            }

            var sessions = rng.NextPoisson(sessionsPerDay * intensity[day]);
            for (var k = 0; k < sessions; k++)
            {
                Session(catalogue, choosers[rng.Next(Archetypes)], events, rng, day + ((HourProfile.DrawWebHour(rng) + rng.NextDouble()) / 24));
            }
        }
    }

    private static void WalkIn(Catalogue catalogue, ItemChooser chooser, List<OrderDraft> orders, Random rng, double time)
    {
        var order = new OrderDraft { Time = time, Sequence = orders.Count, Customer = -1, Channel = "store", Country = "NL" };
        var lines = 1 + (rng.NextBool(0.3) ? 1 : 0) + (rng.NextBool(0.1) ? 1 : 0);
        for (var attempt = 0; order.Lines.Count < lines && attempt < 10; attempt++)
        {
            var item = chooser.DrawProduct(rng, time);
            if (item >= 0 && !order.Lines.Exists(line => line.Item == item))
            {
                order.Lines.Add((item, rng.NextBool(0.85) ? 1 : 2, catalogue.Items[item].Record.Price ?? 0m));
            }
        }

        if (order.Lines.Count > 0)
        {
            orders.Add(order);
        }
    }

    private static void Session(Catalogue catalogue, ItemChooser chooser, EventLog events, Random rng, double time)
    {
        var session = events.NewSession();
        var views = 1 + rng.NextPoisson(1.5);
        for (var k = 0; k < views; k++)
        {
            var item = rng.NextBool(0.3) ? chooser.DrawContent(rng, time) : -1;
            if (item < 0)
            {
                item = chooser.DrawProduct(rng, time);
            }

            if (item < 0)
            {
                return;
            }

            if (rng.NextBool(0.3))
            {
                events.Add(time, -1, session, item, EventLog.Click, EventLog.Web);
                time += rng.NextUniform(3, 15) * Second;
            }

            events.Add(time, -1, session, item, EventLog.View, EventLog.Web);
            if (!catalogue.Items[item].IsContent && rng.NextBool(0.05))
            {
                events.Add(time + (rng.NextUniform(20, 90) * Second), -1, session, item, EventLog.AddToCart, EventLog.Web, quantity: 1);
            }

            time += rng.NextUniform(0.5, 4) * Minute;
        }
    }
}
