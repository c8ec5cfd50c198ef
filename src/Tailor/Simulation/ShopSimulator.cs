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
        var averageOrderValue = ShopAssembler.AverageOrderValue(orders);
        var spend = SpendReport.Build(options.Channels, marketing, baseline, averageOrderValue, clock, Sampling.Stream(seed, SpendStream));
        var eventRecords = events.Build(clock, options.ShopId, customers, catalogue.Items, cancellationToken);
        var (sendRecords, orderCampaigns) = ShopAssembler.BuildSends(sends, campaigns, clock, customers);

        var truth = new SimulationGroundTruth(
            options.PurchaseProcess,
            ShopAssembler.CustomerTruths(customers, clock),
            ShopAssembler.ItemTruths(catalogue, clock),
            Array.AsReadOnly(CatalogueVocabulary.Categories.Select(c => c.Path).ToArray()),
            Array.AsReadOnly(options.Channels.ToArray()),
            ShopAssembler.DayTruths(clock, seasonality, holidays, marketing, baseline),
            ShopAssembler.CampaignTruths(campaigns, catalogue, clock),
            orderCampaigns,
            email,
            averageOrderValue,
            ItemChooser.LaunchBoost,
            ItemChooser.LaunchBoostDays);

        return new SimulatedShop(
            new Shop(options.ShopId, "Simulated gift shop", "EUR", "UTC"),
            ShopAssembler.CustomerRecords(customers, clock),
            Array.ConvertAll(catalogue.Items, item => item.Record),
            orderRecords,
            eventRecords,
            spend,
            sendRecords,
            truth);
    }
}
