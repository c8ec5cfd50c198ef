using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>
/// Send-time segments from when customers are active on their own: the four-hour band of the day
/// (local time) in which most of their visits, clicks and orders fall. People read mail when they
/// are awake and free, so a customer never mailed yet starts from the rates of customers who keep
/// the same hours.
/// </summary>
public static class ActivityDayparts
{
    /// <summary>Name of the segment of customers with too little activity to place.</summary>
    public const string Unknown = "no activity";

    private const int MinimumActivities = 3;

    private static readonly string[] Names =
    [
        "night (00-03)", "early (04-07)", "morning (08-11)", "afternoon (12-15)", "evening (16-19)", "late (20-23)",
    ];

    /// <summary>The segment of each customer id, from the events (other than email opens and clicks) and orders.</summary>
    /// <param name="data">The shop's customers, events and orders.</param>
    /// <param name="zone">Time zone of the shop's clock.</param>
    public static IReadOnlyDictionary<string, string> Assign(ShopData data, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(zone);
        var bands = new Dictionary<string, int[]>(StringComparer.Ordinal);
        void Add(string? customer, DateTimeOffset time)
        {
            if (customer is null)
            {
                return;
            }

            if (!bands.TryGetValue(customer, out var counts))
            {
                counts = new int[Names.Length];
                bands.Add(customer, counts);
            }

            counts[TimeZoneInfo.ConvertTime(time, zone).Hour / 4]++;
        }

        foreach (var e in data.Events)
        {
            if (!e.Type.StartsWith("email_", StringComparison.Ordinal))
            {
                Add(e.CustomerId, e.Timestamp);
            }
        }

        foreach (var order in data.Orders)
        {
            Add(order.CustomerId, order.Timestamp);
        }

        var segments = new Dictionary<string, string>(data.Customers.Count, StringComparer.Ordinal);
        foreach (var customer in data.Customers)
        {
            segments[customer.ExternalId] = bands.TryGetValue(customer.ExternalId, out var counts) && counts.Sum() >= MinimumActivities
                ? Names[Array.IndexOf(counts, counts.Max())]
                : Unknown;
        }

        return segments;
    }
}
