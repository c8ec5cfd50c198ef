using Tailor.Data;

namespace Tailor.Customers;

/// <summary>
/// Every customer's sends, purchases and own activity as sorted arrays (one block per customer), so
/// features at any moment are a binary search and a short scan away.
/// </summary>
internal sealed class ResponsePropensityTimeline
{
    public const byte Opened = 1;
    public const byte Clicked = 2;
    public const byte Converted = 4;
    public const byte Unsubscribed = 8;

    private ResponsePropensityTimeline(
        string[] customers,
        Dictionary<string, int> index,
        long[] createdTicks,
        string[] channels,
        int[] sendStart,
        SendEntry[] sends,
        int[] purchaseStart,
        long[] purchaseTicks,
        double[] purchaseAmounts,
        int[] activityStart,
        long[] activityTicks)
    {
        Customers = customers;
        Index = index;
        CreatedTicks = createdTicks;
        Channels = channels;
        SendStart = sendStart;
        Sends = sends;
        PurchaseStart = purchaseStart;
        PurchaseTicks = purchaseTicks;
        PurchaseAmounts = purchaseAmounts;
        ActivityStart = activityStart;
        ActivityTicks = activityTicks;
    }

    /// <summary>Customer ids: the shop's customers in their order, then recipients of sends the customer list lacks.</summary>
    public string[] Customers { get; }

    public Dictionary<string, int> Index { get; }

    /// <summary>When each customer was created, or <see cref="long.MinValue"/> when unknown.</summary>
    public long[] CreatedTicks { get; }

    /// <summary>Channel names in order of first appearance; matched case-insensitively.</summary>
    public string[] Channels { get; }

    public int[] SendStart { get; }

    public SendEntry[] Sends { get; }

    public int[] PurchaseStart { get; }

    public long[] PurchaseTicks { get; }

    public double[] PurchaseAmounts { get; }

    public int[] ActivityStart { get; }

    public long[] ActivityTicks { get; }

    /// <summary>Index of a channel, or -1.</summary>
    public int ChannelIndex(string channel)
    {
        for (var c = 0; c < Channels.Length; c++)
        {
            if (string.Equals(Channels[c], channel, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        return -1;
    }

    public static ResponsePropensityTimeline Build(ShopData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ids = new List<string>(data.Customers.Count);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var created = new List<long>(data.Customers.Count);
        foreach (var customer in data.Customers)
        {
            if (index.TryAdd(customer.ExternalId, ids.Count))
            {
                ids.Add(customer.ExternalId);
                created.Add(customer.CreatedAt.UtcTicks);
            }
        }

        var channels = new List<string>();
        var sendOwners = new int[data.CampaignSends.Count];
        var sendChannels = new int[data.CampaignSends.Count];
        for (var i = 0; i < data.CampaignSends.Count; i++)
        {
            var send = data.CampaignSends[i];
            if (!index.TryGetValue(send.CustomerId, out var owner))
            {
                owner = ids.Count;
                index.Add(send.CustomerId, owner);
                ids.Add(send.CustomerId);
                created.Add(long.MinValue);
            }

            sendOwners[i] = owner;
            var channel = channels.FindIndex(c => string.Equals(c, send.Channel, StringComparison.OrdinalIgnoreCase));
            if (channel < 0)
            {
                channel = channels.Count;
                channels.Add(send.Channel);
            }

            sendChannels[i] = channel;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var count = ids.Count;
        var sendStart = Starts(count, sendOwners);
        var sends = new SendEntry[sendOwners.Length];
        var fill = (int[])sendStart.Clone();
        for (var i = 0; i < sendOwners.Length; i++)
        {
            var send = data.CampaignSends[i];
            var flags = (byte)((ResponsePropensityOutcome.Open.IsResponse(send) ? Opened : 0)
                | (ResponsePropensityOutcome.Click.IsResponse(send) ? Clicked : 0)
                | (ResponsePropensityOutcome.Conversion.IsResponse(send) ? Converted : 0)
                | (send.Unsubscribed ? Unsubscribed : 0));
            sends[fill[sendOwners[i]]++] = new SendEntry(send.SentAt.UtcTicks, sendChannels[i], flags);
        }

        for (var c = 0; c < count; c++)
        {
            Array.Sort(sends, sendStart[c], sendStart[c + 1] - sendStart[c], SendEntry.ByTime);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var purchases = new List<(int Owner, long Ticks, double Amount)>();
        foreach (var (customer, time, amount) in TransactionSummary.Purchases(data.Orders))
        {
            if (index.TryGetValue(customer, out var owner))
            {
                purchases.Add((owner, time.UtcTicks, (double)amount));
            }
        }

        var purchaseStart = Starts(count, purchases.Select(p => p.Owner).ToArray());
        var purchaseTicks = new long[purchases.Count];
        var purchaseAmounts = new double[purchases.Count];
        fill = (int[])purchaseStart.Clone();
        foreach (var (owner, ticks, amount) in purchases)
        {
            var at = fill[owner]++;
            purchaseTicks[at] = ticks;
            purchaseAmounts[at] = amount;
        }

        for (var c = 0; c < count; c++)
        {
            Array.Sort(purchaseTicks, purchaseAmounts, purchaseStart[c], purchaseStart[c + 1] - purchaseStart[c]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var activityOwners = new List<int>();
        var activityTimes = new List<long>();
        foreach (var e in data.Events)
        {
            // Opens and clicks of sends are the responses themselves; activity means the customer's own visits.
            if (e.CustomerId is not null && !e.Type.StartsWith("email_", StringComparison.Ordinal) && index.TryGetValue(e.CustomerId, out var owner))
            {
                activityOwners.Add(owner);
                activityTimes.Add(e.Timestamp.UtcTicks);
            }
        }

        var ownersArray = activityOwners.ToArray();
        var activityStart = Starts(count, ownersArray);
        var activityTicks = new long[ownersArray.Length];
        fill = (int[])activityStart.Clone();
        for (var i = 0; i < ownersArray.Length; i++)
        {
            activityTicks[fill[ownersArray[i]]++] = activityTimes[i];
        }

        for (var c = 0; c < count; c++)
        {
            Array.Sort(activityTicks, activityStart[c], activityStart[c + 1] - activityStart[c]);
        }

        return new ResponsePropensityTimeline(
            ids.ToArray(), index, created.ToArray(), channels.ToArray(), sendStart, sends, purchaseStart, purchaseTicks, purchaseAmounts,
            activityStart, activityTicks);
    }

    /// <summary>First position of each owner's block in an array grouped by owner; the last entry is the total.</summary>
    private static int[] Starts(int owners, int[] ownerOfEach)
    {
        var starts = new int[owners + 1];
        foreach (var owner in ownerOfEach)
        {
            starts[owner + 1]++;
        }

        for (var c = 0; c < owners; c++)
        {
            starts[c + 1] += starts[c];
        }

        return starts;
    }

    /// <summary>One send as the timeline keeps it.</summary>
    internal readonly record struct SendEntry(long Ticks, int Channel, byte Flags)
    {
        public static IComparer<SendEntry> ByTime { get; } = Comparer<SendEntry>.Create((x, y) => x.Ticks.CompareTo(y.Ticks));

        public bool Has(byte flag) => (Flags & flag) != 0;
    }
}
