namespace Tailor.Simulation;

/// <summary>
/// Everything the simulator knows and a real shop would not: the latent parameters that produced the
/// data, so tests and benchmarks can check models against them.
/// </summary>
public sealed class SimulationGroundTruth
{
    private readonly Dictionary<string, CustomerTruth> _customers;
    private readonly Dictionary<string, ItemTruth> _items;
    private readonly Dictionary<string, MarketingChannel> _channels;

    internal SimulationGroundTruth(
        BgNbdParameters purchaseProcess,
        IReadOnlyList<CustomerTruth> customers,
        IReadOnlyList<ItemTruth> items,
        IReadOnlyList<string> categories,
        IReadOnlyList<MarketingChannel> channels,
        IReadOnlyList<DayTruth> days,
        IReadOnlyList<CampaignTruth> campaigns,
        IReadOnlyDictionary<string, string> orderCampaigns,
        EmailResponseTruth email,
        double averageOrderValue,
        double newItemBoost,
        double newItemBoostDays)
    {
        PurchaseProcess = purchaseProcess;
        Customers = customers;
        Items = items;
        Categories = categories;
        Channels = channels;
        Days = days;
        Campaigns = campaigns;
        OrderCampaigns = orderCampaigns;
        Email = email;
        AverageOrderValue = averageOrderValue;
        NewItemBoost = newItemBoost;
        NewItemBoostDays = newItemBoostDays;
        _customers = customers.ToDictionary(c => c.CustomerId, StringComparer.Ordinal);
        _items = items.ToDictionary(i => i.ItemId, StringComparer.Ordinal);
        _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);

        // The state a planner starts from: the last four weeks, with the season divided out.
        var window = Math.Min(28, days.Count);
        var sum = 0.0;
        for (var day = days.Count - window; day < days.Count; day++)
        {
            sum += days[day].BaselineOrders / days[day].Seasonality;
        }

        PlanningBaselineDailyOrders = window == 0 ? 0 : sum / window;
    }

    /// <summary>BG/NBD population parameters the customers were drawn from (time in days).</summary>
    public BgNbdParameters PurchaseProcess { get; }

    /// <summary>Truth per customer, in the order of <see cref="SimulatedShop.Customers"/>.</summary>
    public IReadOnlyList<CustomerTruth> Customers { get; }

    /// <summary>Truth per item, in the order of <see cref="SimulatedShop.Items"/>.</summary>
    public IReadOnlyList<ItemTruth> Items { get; }

    /// <summary>The category paths of the catalogue.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Paid channels with their true adstock and saturation.</summary>
    public IReadOnlyList<MarketingChannel> Channels { get; }

    /// <summary>Seasonality, marketing lift and baseline per day of the period, first day first.</summary>
    public IReadOnlyList<DayTruth> Days { get; }

    /// <summary>Email campaigns with their segments and per-variant true open rates.</summary>
    public IReadOnlyList<CampaignTruth> Campaigns { get; }

    /// <summary>
    /// Orders caused by an email click, by order id, with the campaign id. These come on top of the
    /// BG/NBD purchase process and do not make a customer drop out.
    /// </summary>
    public IReadOnlyDictionary<string, string> OrderCampaigns { get; }

    /// <summary>The true email response model.</summary>
    public EmailResponseTruth Email { get; }

    /// <summary>Mean value of a non-cancelled order in shop currency, to turn orders into revenue.</summary>
    public double AverageOrderValue { get; }

    /// <summary>Extra log-utility of an item on its launch day; it decays over <see cref="NewItemBoostDays"/>.</summary>
    public double NewItemBoost { get; }

    /// <summary>Time constant in days of the decay of a new item's launch boost.</summary>
    public double NewItemBoostDays { get; }

    /// <summary>
    /// Expected orders a day without paid marketing over the last 28 days, at seasonality 1: the
    /// base a budget planner multiplies lifts with.
    /// </summary>
    public double PlanningBaselineDailyOrders { get; }

    /// <summary>Truth about the customer with the given external id.</summary>
    /// <exception cref="KeyNotFoundException">No such customer.</exception>
    public CustomerTruth Customer(string customerId) => _customers[customerId];

    /// <summary>Truth about the item with the given external id.</summary>
    /// <exception cref="KeyNotFoundException">No such item.</exception>
    public ItemTruth Item(string itemId) => _items[itemId];

    /// <summary>The channel with the given name.</summary>
    /// <exception cref="KeyNotFoundException">No such channel.</exception>
    public MarketingChannel Channel(string name) => _channels[name];

    /// <summary>The truth of a day of the period.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date lies outside the period.</exception>
    public DayTruth Day(DateOnly date)
    {
        var index = date.DayNumber - Days[0].Date.DayNumber;
        if (index < 0 || index >= Days.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date lies outside the simulated period.");
        }

        return Days[index];
    }

    /// <summary>
    /// Expected incremental orders a day from keeping a channel at a steady daily spend, at the
    /// planning baseline. Channels add up: the total is the sum over channels.
    /// </summary>
    /// <param name="channel">Channel name.</param>
    /// <param name="dailySpend">Steady spend a day in shop currency.</param>
    /// <param name="seasonality">Seasonality multiplier of the days planned for; 1 is an ordinary day.</param>
    public double ExpectedIncrementalDailyOrders(string channel, double dailySpend, double seasonality = 1) =>
        PlanningBaselineDailyOrders * seasonality * Channel(channel).SteadyStateLift(dailySpend);

    /// <summary>
    /// Expected incremental revenue a day from a steady daily spend on a channel:
    /// <see cref="ExpectedIncrementalDailyOrders"/> times <see cref="AverageOrderValue"/>.
    /// </summary>
    public double ExpectedIncrementalDailyRevenue(string channel, double dailySpend, double seasonality = 1) =>
        ExpectedIncrementalDailyOrders(channel, dailySpend, seasonality) * AverageOrderValue;
}
