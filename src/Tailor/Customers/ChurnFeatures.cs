namespace Tailor.Customers;

/// <summary>
/// Features and labels of customers at a cut-off, from what happened before it (and, for labels, in
/// the horizon after it). BG/NBD is refitted at every cut-off on the past alone, so its P(alive) and
/// expected purchases are honest features.
/// </summary>
/// <remarks>
/// Training cut-offs lie earlier than the one scored, so their customers have shorter histories:
/// counts and totals that grow with history (purchase days, tenure, total spend, returns, distinct
/// items) enter as percentiles within their cut-off, which keeps their meaning from one cut-off to the
/// next. Recency, windows of fixed length and BG/NBD's outputs need no such help. Statistics of the
/// gaps between purchases were tried and left out: on the validation cut-off they cost the trees 0.18 of
/// AUC, because the short histories of early cut-offs truncate the gaps.
/// </remarks>
internal sealed class ChurnFeatures
{
    /// <summary>What each feature is, in words; the order of the columns.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "days since last purchase",
        "BG/NBD P(alive)",
        "BG/NBD P(purchase in horizon)",
        "BG/NBD expected purchases in horizon",
        "purchase days (percentile)",
        "days since first purchase (percentile)",
        "purchase days in the last 30 days",
        "purchase days in the last 60 days",
        "purchase days in the last 90 days",
        "spend in the last 90 days",
        "total spend (percentile)",
        "average order value",
        "returns and cancellations (percentile)",
        "share of spend returned (percentile)",
        "lines per order",
        "purchase days per day of tenure",
        "horizon days",
        "distinct items bought (percentile)",
        "units per order",
        "average unit price",
        "buys from the home country",
        "days since last activity",
        "events in the last 30 days",
        "events in the last 90 days",
    ];

    /// <summary>Columns entered as percentiles within their cut-off.</summary>
    private static readonly int[] PercentileColumns = [4, 5, 10, 12, 13, 17];

    public static int Count => Names.Count;

    private ChurnFeatures(IReadOnlyList<CustomerSummary> customers, float[][] values, float[][] rows, double[] bgNbdActive)
    {
        Customers = customers;
        Values = values;
        Rows = rows;
        BgNbdActive = bgNbdActive;
    }

    /// <summary>Customers with a purchase at or before the cut-off, ordered by id.</summary>
    public IReadOnlyList<CustomerSummary> Customers { get; }

    /// <summary>One row per customer of the features as measured (before percentiles), for explanations.</summary>
    public float[][] Values { get; }

    /// <summary>One row per customer as the model reads it.</summary>
    public float[][] Rows { get; }

    /// <summary>BG/NBD P(at least one purchase in the horizon) per customer: the baseline.</summary>
    public double[] BgNbdActive { get; }

    public static ChurnFeatures At(ChurnHistory history, DateTimeOffset cutoff, int horizonDays, CancellationToken cancellationToken)
    {
        var customers = TransactionSummary.FromTransactions(history.Purchases, cutoff, TimeUnit.Day);
        var bgNbd = BgNbdFitter.Fit(customers, cancellationToken);
        var cutoffDay = DateOnly.FromDateTime(cutoff.UtcDateTime);
        var values = new float[customers.Count][];
        var active = new double[customers.Count];
        for (var i = 0; i < customers.Count; i++)
        {
            var c = customers[i];
            active[i] = bgNbd.ProbabilityAtLeastOne(horizonDays, c);
            values[i] = Row(c, history.Customers[c.CustomerId], cutoff, cutoffDay, horizonDays, bgNbd, active[i]);
        }

        var rows = values.Select(v => (float[])v.Clone()).ToArray();
        foreach (var column in PercentileColumns)
        {
            ToPercentiles(rows, column);
        }

        return new ChurnFeatures(customers, values, rows, active);
    }

    /// <summary>Whether each customer made no purchase in (cut-off, cut-off + horizon].</summary>
    public bool[] Churned(ChurnHistory history, DateTimeOffset cutoff, int horizonDays)
    {
        var end = cutoff.AddDays(horizonDays);
        var churned = new bool[Customers.Count];
        for (var i = 0; i < churned.Length; i++)
        {
            churned[i] = !history.Customers[Customers[i].CustomerId].Buys.Exists(b => b.Time > cutoff && b.Time <= end);
        }

        return churned;
    }

    private static float[] Row(
        CustomerSummary summary, ChurnCustomerHistory history, DateTimeOffset cutoff, DateOnly cutoffDay, int horizonDays, BgNbdModel bgNbd, double active)
    {
        int DaysBefore(DateTimeOffset time) => cutoffDay.DayNumber - DateOnly.FromDateTime(time.UtcDateTime).DayNumber;

        int orders = 0, units = 0, lines = 0, in30 = 0, in60 = 0, in90 = 0;
        double spend = 0, spend90 = 0;
        var lastDay = int.MinValue;
        foreach (var buy in history.Buys)
        {
            if (buy.Time > cutoff)
            {
                break;
            }

            orders++;
            units += buy.Units;
            lines += buy.Lines;
            spend += buy.Value;
            var ago = DaysBefore(buy.Time);
            if (ago < 90)
            {
                spend90 += buy.Value;
            }

            // Windows count purchase days, as the BG/NBD frequency does.
            var day = DateOnly.FromDateTime(buy.Time.UtcDateTime).DayNumber;
            if (day != lastDay)
            {
                lastDay = day;
                in30 += ago < 30 ? 1 : 0;
                in60 += ago < 60 ? 1 : 0;
                in90 += ago < 90 ? 1 : 0;
            }
        }

        int returns = 0;
        double returned = 0;
        foreach (var r in history.Returns)
        {
            if (r.Time > cutoff)
            {
                break;
            }

            returns++;
            returned += r.Value;
        }

        var items = history.NewItems.Count(t => t <= cutoff);
        int events30 = 0, events90 = 0;
        var lastActivity = summary.T + 1;
        foreach (var time in history.Activity)
        {
            if (time > cutoff)
            {
                break;
            }

            var ago = DaysBefore(time);
            lastActivity = ago;
            events30 += ago < 30 ? 1 : 0;
            events90 += ago < 90 ? 1 : 0;
        }

        return
        [
            (float)summary.TimeSinceLastPurchase,
            (float)bgNbd.ProbabilityAlive(summary),
            (float)active,
            (float)bgNbd.ExpectedPurchases(horizonDays, summary),
            summary.Frequency + 1,
            (float)summary.T,
            in30,
            in60,
            in90,
            (float)spend90,
            (float)summary.TotalSpend,
            (float)(summary.TotalSpend / (summary.Frequency + 1)),
            returns,
            (float)(returned / Math.Max(1, summary.TotalSpend)),
            orders == 0 ? 0 : (float)lines / orders,
            (float)((summary.Frequency + 1) / (summary.T + 30)),
            horizonDays,
            items,
            orders == 0 ? 0 : (float)units / orders,
            (float)(spend / Math.Max(1, units)),
            history.Domestic ? 1 : 0,
            (float)Math.Min(lastActivity, summary.TimeSinceLastPurchase),
            events30,
            events90,
        ];
    }

    /// <summary>Replaces a column by mid-rank percentiles in [0, 1): ties share their mean rank.</summary>
    private static void ToPercentiles(float[][] rows, int column)
    {
        var order = Enumerable.Range(0, rows.Length).OrderBy(i => rows[i][column]).ToArray();
        var ranks = new float[rows.Length];
        var start = 0;
        while (start < order.Length)
        {
            var end = start + 1;
            while (end < order.Length && rows[order[end]][column] == rows[order[start]][column])
            {
                end++;
            }

            var rank = (start + end - 1) / 2f / rows.Length;
            for (var j = start; j < end; j++)
            {
                ranks[order[j]] = rank;
            }

            start = end;
        }

        for (var i = 0; i < rows.Length; i++)
        {
            rows[i][column] = ranks[i];
        }
    }
}
