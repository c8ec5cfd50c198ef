namespace Tailor.Simulation;

/// <summary>
/// The BG/NBD process in calendar time: while active, a customer buys as a Poisson process with rate
/// lambda times the day's intensity multiplier; after each repeat purchase they drop out with
/// probability p. Visits without a purchase follow the same rhythm until dropout.
/// </summary>
internal static class PurchaseProcess
{
    /// <summary>Visits without a purchase per purchase, for web shoppers and for store shoppers.</summary>
    private const double BrowseRatio = 1.2;
    private const double StoreShopperBrowseRatio = 0.3;

    private const double Minute = 1.0 / 1440;

    public static void Run(CustomerState[] customers, IntensityCurve intensity, Random rng, CancellationToken cancellationToken)
    {
        var days = intensity.Days;
        foreach (var customer in customers)
        {
            if ((customer.Index & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var last = double.NegativeInfinity;
            if (!customer.PresentAtStart)
            {
                // A new customer signs up while placing their first order.
                var first = customer.CreatedAt + (rng.NextUniform(2, 10) * Minute);
                if (first < days)
                {
                    customer.Purchases.Add(new PurchaseSlot(first, PurchaseKind.First));
                    last = first;
                }
            }

            var time = customer.ActiveFrom;
            while (true)
            {
                time = intensity.Advance(time, rng.NextExponential() / customer.Lambda);
                if (time >= days)
                {
                    break;
                }

                // The process picks the day; the hour comes from the customer's own rhythm, kept after the last order.
                var stamp = Math.Max((int)time + TimeOfDay(customer, rng), last + (10 * Minute));
                if (stamp >= days)
                {
                    break;
                }

                customer.Purchases.Add(new PurchaseSlot(stamp, PurchaseKind.Repeat));
                last = stamp;
                if (rng.NextBool(customer.DropoutProbability))
                {
                    customer.DropoutAt = stamp;
                    break;
                }
            }

            var end = Math.Min(customer.DropoutAt, days);
            var browseRate = customer.Lambda * (customer.StoreShopper ? StoreShopperBrowseRatio : BrowseRatio);
            time = customer.ActiveFrom;
            while (true)
            {
                time = intensity.Advance(time, rng.NextExponential() / browseRate);
                if (time >= end)
                {
                    break;
                }

                var stamp = (int)time + HourProfile.WebTimeOfDay(rng, customer.PreferredHour);
                if (stamp >= customer.ActiveFrom && stamp < end)
                {
                    customer.Browses.Add(stamp);
                }
            }
        }
    }

    public static double TimeOfDay(CustomerState customer, Random rng) =>
        customer.StoreShopper ? HourProfile.StoreTimeOfDay(rng) : HourProfile.WebTimeOfDay(rng, customer.PreferredHour);

    /// <summary>
    /// Expected orders per day without paid marketing, given who was active when: active customers'
    /// rates, first orders of new customers and walk-ins, all times the seasonality.
    /// </summary>
    public static double[] Baseline(
        CustomerState[] customers, double[] seasonality, IntensityCurve acquisition, int acquiredCount, double walkInsPerDay)
    {
        var days = seasonality.Length;
        var rate = new double[days];
        var full = new double[days + 1];
        foreach (var customer in customers)
        {
            var from = customer.ActiveFrom;
            var to = Math.Min(customer.DropoutAt, days);
            if (to <= from)
            {
                continue;
            }

            // Partial first and last days directly, whole days in between through a difference array.
            var firstDay = (int)from;
            var lastDay = (int)to;
            if (firstDay == lastDay)
            {
                rate[firstDay] += customer.Lambda * (to - from);
                continue;
            }

            rate[firstDay] += customer.Lambda * (firstDay + 1 - from);
            if (lastDay < days)
            {
                rate[lastDay] += customer.Lambda * (to - lastDay);
            }

            full[firstDay + 1] += customer.Lambda;
            full[lastDay] -= customer.Lambda;
        }

        var baseline = new double[days];
        var running = 0.0;
        var arrivalsPerUnit = acquisition.Total > 0 ? acquiredCount / acquisition.Total : 0;
        for (var day = 0; day < days; day++)
        {
            running += full[day];
            baseline[day] = seasonality[day] * (rate[day] + running + arrivalsPerUnit + walkInsPerDay);
        }

        return baseline;
    }
}
