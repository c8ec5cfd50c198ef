using System.Globalization;

namespace Tailor.Simulation;

/// <summary>
/// Sends 2 to 4 email campaigns a month to customers with email consent and simulates opens, clicks,
/// conversions and unsubscribes from the true response model.
/// </summary>
internal static class EmailCampaignGenerator
{
    private const double Minute = 1.0 / 1440;

    private static ReadOnlySpan<int> FixedHours => [7, 9, 10, 12, 17, 19, 20];

    public static (List<CampaignDraft> Campaigns, List<SendDraft> Sends) Generate(
        SimulationClock clock,
        CustomerState[] customers,
        Catalogue catalogue,
        EmailResponseTruth model,
        Random rng,
        CancellationToken cancellationToken)
    {
        var campaigns = new List<CampaignDraft>();
        var sends = new List<SendDraft>();
        var recentSends = new List<double>[customers.Length];
        var lastEmailPurchase = new double[customers.Length];
        Array.Fill(lastEmailPurchase, double.NegativeInfinity);
        foreach (var day in ScheduleDays(clock, rng))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var campaign = NewCampaign(catalogue, rng, day, campaigns.Count);
            if (campaign is null)
            {
                continue;
            }

            campaigns.Add(campaign);
            foreach (var customer in customers)
            {
                var sentAt = day + (((campaign.SendHour ?? rng.Next(6, 23)) + (rng.NextDouble() / 3)) / 24);
                if (!Eligible(customer, campaign.Segment, sentAt, lastEmailPurchase[customer.Index]))
                {
                    continue;
                }

                var recent = recentSends[customer.Index] ??= [];
                DropOlderThan(recent, sentAt - 30);
                recent.Add(sentAt);
                var variant = campaign.Variants.Length == 1 ? 0 : rng.Next(campaign.Variants.Length);
                var send = new SendDraft { Campaign = campaigns.Count - 1, Customer = customer.Index, Variant = variant, SentAt = sentAt };
                sends.Add(send);
                Respond(clock, model, rng, campaign, customer, send, sends.Count - 1, recent.Count, lastEmailPurchase);
            }
        }

        return (campaigns, sends);
    }

    /// <summary>Logs the opens and clicks the sends recorded.</summary>
    public static void LogEvents(List<SendDraft> sends, EventLog events)
    {
        foreach (var send in sends)
        {
            if (send.Opened)
            {
                events.Add(send.OpenedAt, send.Customer, -1, -1, EventLog.EmailOpen, EventLog.Email);
            }

            if (send.Clicked)
            {
                events.Add(send.ClickedAt, send.Customer, -1, send.ClickedItem, EventLog.EmailClick, EventLog.Email);
            }
        }
    }

    private static void Respond(
        SimulationClock clock, EmailResponseTruth model, Random rng, CampaignDraft campaign, CustomerState customer,
        SendDraft send, int sendIndex, int sendsInLast30Days, double[] lastEmailPurchase)
    {
        var sentAt = send.SentAt;
        var active = customer.DropoutAt > sentAt;
        var hour = (int)((sentAt - Math.Floor(sentAt)) * 24);
        var openProbability = model.OpenProbability(
            campaign.BaseOpenRates[send.Variant], hour, customer.PreferredHour, customer.PreferredChannel, active, sendsInLast30Days);
        campaign.Sends[send.Variant]++;
        campaign.ExpectedOpens[send.Variant] += openProbability;

        if (rng.NextBool(openProbability))
        {
            // Read soon after arrival, or later in the day; opens after the period are not observed.
            var openedAt = sentAt + (rng.NextExponential() * 2.5 / 24);
            if (openedAt < clock.Days)
            {
                send.OpenedAt = openedAt;
            }
        }

        if (send.Opened && rng.NextBool(customer.IsFavourite(campaign.Category) ? model.ClickFavourite : model.ClickOther))
        {
            var clickedAt = send.OpenedAt + (rng.NextUniform(0.2, 3) * Minute);
            var item = campaign.FeaturedItems[rng.Next(campaign.FeaturedItems.Length)];
            if (clickedAt < clock.Days)
            {
                send.ClickedAt = clickedAt;
                send.ClickedItem = item;
                var orderAt = clickedAt + (rng.NextUniform(2, 20) * Minute);
                if (active && orderAt < Math.Min(customer.DropoutAt, clock.Days) && rng.NextBool(model.ConversionGivenClick))
                {
                    send.Converted = true;
                    customer.Purchases.Add(new PurchaseSlot(orderAt, PurchaseKind.Email, send.Campaign, sendIndex, item));
                    lastEmailPurchase[customer.Index] = orderAt;
                }
            }
        }

        if (rng.NextBool(model.UnsubscribeProbability(sendsInLast30Days)))
        {
            send.Unsubscribed = true;
            customer.UnsubscribedAt = sentAt + (rng.NextUniform(1, 120) * Minute);
        }
    }

    private static void DropOlderThan(List<double> times, double cutoff)
    {
        var keep = 0;
        for (var i = 0; i < times.Count; i++)
        {
            if (times[i] > cutoff)
            {
                times[keep++] = times[i];
            }
        }

        times.RemoveRange(keep, times.Count - keep);
    }

    private static bool Eligible(CustomerState customer, string segment, double sentAt, double lastEmailPurchase)
    {
        if (!customer.Consent.EmailMarketing || customer.CreatedAt >= sentAt || customer.UnsubscribedAt <= sentAt)
        {
            return false;
        }

        // The base's purchases before the period are not in the data; their sign-up stands in for them.
        var lastPurchase = Math.Max(lastEmailPurchase, customer.PresentAtStart ? customer.CreatedAt : double.NegativeInfinity);
        foreach (var slot in customer.Purchases)
        {
            if (slot.Kind != PurchaseKind.Email && slot.Time < sentAt)
            {
                lastPurchase = Math.Max(lastPurchase, slot.Time);
            }
        }

        var since = sentAt - lastPurchase;
        return segment switch
        {
            "active" => since <= 90,
            "lapsed" => since is > 90 and <= 365,
            "new" => sentAt - customer.CreatedAt <= 30,
            _ => true,
        };
    }

    private static CampaignDraft? NewCampaign(Catalogue catalogue, Random rng, int day, int index)
    {
        var segmentDraw = rng.NextDouble();
        var segment = segmentDraw switch
        {
            < 0.5 => "all",
            < 0.75 => "active",
            < 0.9 => "lapsed",
            _ => "new",
        };
        var category = rng.Next(catalogue.Centroids.Length);
        var onSale = new List<int>();
        foreach (var item in catalogue.Products)
        {
            if (catalogue.Items[item].Category == category && catalogue.Items[item].SellableAt(day))
            {
                onSale.Add(item);
            }
        }

        if (onSale.Count == 0)
        {
            return null;
        }

        rng.Shuffle(onSale);
        var featured = onSale.GetRange(0, Math.Min(3, onSale.Count)).ToArray();
        int? sendHour = rng.NextBool(0.5) ? FixedHours[rng.Next(FixedHours.Length)] : null;
        var baseRate = rng.NextUniform(0.4, 0.55);
        var split = rng.NextBool(0.4);
        string?[] variants = split ? ["A", "B"] : [null];
        double[] rates = split ? [baseRate, Math.Clamp(baseRate * rng.NextUniform(0.75, 1.3), 0.05, 0.95)] : [baseRate];
        return new CampaignDraft
        {
            Id = "CMP" + (index + 1).ToString("D4", CultureInfo.InvariantCulture),
            Day = day,
            Segment = segment,
            Category = category,
            SendHour = sendHour,
            FeaturedItems = featured,
            Variants = variants,
            BaseOpenRates = rates,
            ExpectedOpens = new double[variants.Length],
            Sends = new int[variants.Length],
        };
    }

    /// <summary>Two to four distinct days a month, in date order.</summary>
    private static List<int> ScheduleDays(SimulationClock clock, Random rng)
    {
        var days = new List<int>();
        var monthStart = 0;
        while (monthStart < clock.Days)
        {
            var date = clock.Date(monthStart);
            var monthLength = DateTime.DaysInMonth(date.Year, date.Month) - date.Day + 1;
            var monthEnd = Math.Min(clock.Days, monthStart + monthLength);
            var chosen = new SortedSet<int>();
            var wanted = Math.Min(rng.Next(2, 5), monthEnd - monthStart);
            while (chosen.Count < wanted)
            {
                chosen.Add(monthStart + rng.Next(monthEnd - monthStart));
            }

            days.AddRange(chosen);
            monthStart = monthEnd;
        }

        return days;
    }
}
