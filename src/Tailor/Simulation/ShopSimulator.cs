using System.Text.Json.Nodes;
using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>
/// Generates a synthetic gift and home shop with known ground truth: catalogue, customers, orders,
/// web and email events, marketing spend and campaigns. Used by the demo, the tests and the benchmarks.
/// </summary>
public static class ShopSimulator
{
    // One random stream per component, so that changing how one draws leaves the others alone.
    private const int MarketingStream = 1;
    private const int CatalogueStream = 2;
    private const int CustomerStream = 3;
    private const int ProcessStream = 4;
    private const int EmailStream = 5;
    private const int ActivityStream = 6;
    private const int AnonymousStream = 7;
    private const int SpendStream = 8;

    /// <summary>Generates a shop. The same options always give the same shop.</summary>
    /// <param name="options">Size, seed and knobs of the shop.</param>
    /// <param name="cancellationToken">Stops a long generation.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static SimulatedShop Generate(ShopSimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var seed = options.Seed;
        var clock = new SimulationClock(options.Start, options.Days);

        var (seasonality, holidays) = SeasonalityCalendar.Build(options.Start, options.Days);
        var marketing = MarketingGenerator.Generate(options.Channels, clock, Sampling.Stream(seed, MarketingStream));
        var multiplier = new double[options.Days];
        for (var day = 0; day < multiplier.Length; day++)
        {
            multiplier[day] = seasonality[day] * (1 + marketing.TotalLift[day]);
        }

        // Purchases, visits and new customers all follow the same daily intensity.
        var intensity = new IntensityCurve(multiplier);
        var catalogue = CatalogueGenerator.Generate(options, clock, Sampling.Stream(seed, CatalogueStream));
        var customers = CustomerGenerator.Generate(options, catalogue, intensity, marketing, Sampling.Stream(seed, CustomerStream));
        PurchaseProcess.Run(customers, intensity, Sampling.Stream(seed, ProcessStream), cancellationToken);

        var email = new EmailResponseTruth();
        var (campaigns, sends) = options.EmailCampaigns
            ? EmailCampaignGenerator.Generate(clock, customers, catalogue, email, Sampling.Stream(seed, EmailStream), cancellationToken)
            : ([], []);

        var events = new EventLog(options.Days);
        var orders = new List<OrderDraft>();
        var activity = new ActivityGenerator(clock, catalogue, events, orders, sends, Sampling.Stream(seed, ActivityStream));
        foreach (var customer in customers)
        {
            if ((customer.Index & 127) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            activity.Customer(customer);
        }

        EmailCampaignGenerator.LogEvents(sends, events);
        AnonymousTraffic.Generate(options, catalogue, intensity, events, orders, Sampling.Stream(seed, AnonymousStream), cancellationToken);

        var acquired = 0;
        foreach (var customer in customers)
        {
            acquired += customer.PresentAtStart ? 0 : 1;
        }

        var baseline = PurchaseProcess.Baseline(
            customers, seasonality, intensity, acquired, AnonymousTraffic.WalkInsPerCustomerPerDay * options.Customers);
        cancellationToken.ThrowIfCancellationRequested();

        var orderRecords = OrderAssembler.Build(orders, clock, customers, catalogue.Items);
        var averageOrderValue = AverageOrderValue(orders);
        var spend = SpendReport.Build(options.Channels, marketing, baseline, averageOrderValue, clock, Sampling.Stream(seed, SpendStream));
        var eventRecords = events.Build(clock, options.ShopId, customers, catalogue.Items, cancellationToken);
        var (sendRecords, orderCampaigns) = BuildSends(sends, campaigns, clock, customers);

        var truth = new SimulationGroundTruth(
            options.PurchaseProcess,
            CustomerTruths(customers, clock),
            ItemTruths(catalogue, clock),
            CatalogueVocabulary.Categories.Select(c => c.Path).ToArray(),
            options.Channels,
            DayTruths(clock, seasonality, holidays, marketing, baseline),
            CampaignTruths(campaigns, catalogue, clock),
            orderCampaigns,
            email,
            averageOrderValue,
            ItemChooser.LaunchBoost,
            ItemChooser.LaunchBoostDays);

        return new SimulatedShop(
            new Shop(options.ShopId, "Simulated gift shop", "EUR", "UTC"),
            CustomerRecords(customers, clock),
            Array.ConvertAll(catalogue.Items, item => item.Record),
            orderRecords,
            eventRecords,
            spend,
            sendRecords,
            truth);
    }

    private static double AverageOrderValue(List<OrderDraft> orders)
    {
        var total = 0m;
        var count = 0;
        foreach (var order in orders)
        {
            if (order.Cancels is null)
            {
                total += order.Value;
                count++;
            }
        }

        return count == 0 ? 0 : (double)(total / count);
    }

    private static Customer[] CustomerRecords(CustomerState[] customers, SimulationClock clock) =>
        Array.ConvertAll(customers, c => new Customer(
            c.Id,
            clock.Timestamp(c.CreatedAt),
            c.Country,
            c.Region,
            new JsonObject { ["source"] = c.Source, ["age_band"] = c.AgeBand }.ToJsonString(),
            c.Consent with { EmailMarketing = c.Consent.EmailMarketing && double.IsPositiveInfinity(c.UnsubscribedAt) }));

    private static (CampaignSend[] Sends, Dictionary<string, string> OrderCampaigns) BuildSends(
        List<SendDraft> sends, List<CampaignDraft> campaigns, SimulationClock clock, CustomerState[] customers)
    {
        var keys = new long[sends.Count];
        var order = new int[sends.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (SimulationClock.Seconds(sends[i].SentAt) << 32) | (uint)i;
            order[i] = i;
        }

        Array.Sort(keys, order);
        var records = new CampaignSend[order.Length];
        var orderCampaigns = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var rank = 0; rank < order.Length; rank++)
        {
            var send = sends[order[rank]];
            var campaign = campaigns[send.Campaign];
            if (send.Order is not null)
            {
                orderCampaigns[send.Order.Id] = campaign.Id;
            }

            records[rank] = new CampaignSend(
                campaign.Id,
                "email",
                campaign.Segment,
                campaign.Variants[send.Variant],
                customers[send.Customer].Id,
                clock.Timestamp(send.SentAt),
                send.Opened,
                send.Clicked,
                Converted: send.Order is not null,
                send.Unsubscribed,
                send.Order?.Value);
        }

        return (records, orderCampaigns);
    }

    private static CustomerTruth[] CustomerTruths(CustomerState[] customers, SimulationClock clock) =>
        Array.ConvertAll(customers, c => new CustomerTruth(
            c.Id,
            c.Lambda,
            c.DropoutProbability,
            double.IsPositiveInfinity(c.DropoutAt) ? null : clock.Timestamp(c.DropoutAt),
            Array.AsReadOnly(c.Taste),
            Array.AsReadOnly(Array.ConvertAll(c.Favourites, f => CatalogueVocabulary.Categories[f].Path)),
            c.PreferredHour,
            c.PreferredChannel,
            c.StoreShopper,
            c.PresentAtStart,
            c.Consent,
            double.IsPositiveInfinity(c.UnsubscribedAt) ? null : clock.Timestamp(c.UnsubscribedAt),
            c.Source));

    private static ItemTruth[] ItemTruths(Catalogue catalogue, SimulationClock clock) =>
        Array.ConvertAll(catalogue.Items, item => new ItemTruth(
            item.Id,
            Array.AsReadOnly(item.Factors),
            item.Popularity,
            CatalogueVocabulary.Categories[item.Category].Path,
            item.Consumable,
            item.LaunchedInPeriod ? clock.Timestamp(item.CreatedAt) : null,
            double.IsPositiveInfinity(item.DiscontinuedAt) ? null : clock.Timestamp(item.DiscontinuedAt)));

    private static DayTruth[] DayTruths(
        SimulationClock clock, double[] seasonality, string?[] holidays, MarketingPlan marketing, double[] baseline)
    {
        var days = new DayTruth[clock.Days];
        for (var day = 0; day < days.Length; day++)
        {
            var lifts = new double[marketing.Lift.Length];
            for (var c = 0; c < lifts.Length; c++)
            {
                lifts[c] = marketing.Lift[c][day];
            }

            days[day] = new DayTruth(
                clock.Date(day), seasonality[day], marketing.TotalLift[day], Array.AsReadOnly(lifts), baseline[day], holidays[day]);
        }

        return days;
    }

    private static CampaignTruth[] CampaignTruths(List<CampaignDraft> campaigns, Catalogue catalogue, SimulationClock clock)
    {
        var truths = new CampaignTruth[campaigns.Count];
        for (var k = 0; k < truths.Length; k++)
        {
            var campaign = campaigns[k];
            var variants = new VariantTruth[campaign.Variants.Length];
            for (var v = 0; v < variants.Length; v++)
            {
                var sends = campaign.Sends[v];
                variants[v] = new VariantTruth(
                    campaign.Variants[v], campaign.BaseOpenRates[v], sends == 0 ? 0 : campaign.ExpectedOpens[v] / sends, sends);
            }

            truths[k] = new CampaignTruth(
                campaign.Id,
                clock.Date(campaign.Day),
                campaign.Segment,
                CatalogueVocabulary.Categories[campaign.Category].Path,
                campaign.SendHour,
                Array.AsReadOnly(Array.ConvertAll(campaign.FeaturedItems, i => catalogue.Items[i].Id)),
                Array.AsReadOnly(variants));
        }

        return truths;
    }
}
