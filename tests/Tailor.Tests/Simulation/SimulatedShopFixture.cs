using Tailor.Data;
using Tailor.Simulation;

namespace Tailor.Tests.Simulation;

/// <summary>
/// One default-sized shop shared by the statistical tests: generating it takes about a second, and
/// the default size is what gives the checks against the truth their power.
/// </summary>
public sealed class SimulatedShopFixture
{
    public SimulatedShopFixture()
    {
        Options = new ShopSimulatorOptions();
        Shop = ShopSimulator.Generate(Options);
        OrdersByCustomer = Shop.Orders
            .Where(o => o.CustomerId is not null)
            .GroupBy(o => o.CustomerId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public ShopSimulatorOptions Options { get; }

    public SimulatedShop Shop { get; }

    public SimulationGroundTruth Truth => Shop.Truth;

    /// <summary>Orders of each customer, in time order, including cancellations and email-driven orders.</summary>
    public IReadOnlyDictionary<string, List<Order>> OrdersByCustomer { get; }

    public static bool IsCancellation(Order order) => order.ExternalId.EndsWith('C');

    /// <summary>An order of the BG/NBD process: a customer's own purchase, not a cancellation nor caused by an email.</summary>
    public bool IsProcessOrder(Order order) =>
        order.CustomerId is not null && !IsCancellation(order) && !Truth.OrderCampaigns.ContainsKey(order.ExternalId);

    public int DayIndex(DateTimeOffset timestamp) =>
        DateOnly.FromDateTime(timestamp.UtcDateTime).DayNumber - Options.Start.DayNumber;

    /// <summary>Orders per day, cancellations excluded; optionally email-driven orders too.</summary>
    public double[] OrdersPerDay(bool includeEmail)
    {
        var perDay = new double[Options.Days];
        foreach (var order in Shop.Orders)
        {
            if (!IsCancellation(order) && (includeEmail || !Truth.OrderCampaigns.ContainsKey(order.ExternalId)))
            {
                perDay[DayIndex(order.Timestamp)]++;
            }
        }

        return perDay;
    }
}
