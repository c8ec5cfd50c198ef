namespace Tailor.Customers;

/// <summary>
/// Features and labels of customers at a cut-off, from the purchases before it (and, for labels,
/// the horizon after it). BG/NBD is refitted at every cut-off on the past alone, so its P(alive) and
/// expected purchases are honest features.
/// </summary>
internal sealed class ChurnFeatures
{
    public const int Count = 8;

    private ChurnFeatures(IReadOnlyList<CustomerSummary> customers, float[][] rows, double[] bgNbdActive)
    {
        Customers = customers;
        Rows = rows;
        BgNbdActive = bgNbdActive;
    }

    /// <summary>Customers with a purchase at or before the cut-off, ordered by id.</summary>
    public IReadOnlyList<CustomerSummary> Customers { get; }

    /// <summary>One feature row per customer.</summary>
    public float[][] Rows { get; }

    /// <summary>BG/NBD P(at least one purchase in the horizon) per customer: the baseline.</summary>
    public double[] BgNbdActive { get; }

    public static ChurnFeatures At(
        IReadOnlyList<(string Customer, DateTimeOffset Time, decimal Amount)> purchases,
        DateTimeOffset cutoff,
        int horizonDays,
        CancellationToken cancellationToken)
    {
        var customers = TransactionSummary.FromTransactions(purchases, cutoff, TimeUnit.Day);
        var bgNbd = BgNbdFitter.Fit(customers, cancellationToken);
        var rows = new float[customers.Count][];
        var active = new double[customers.Count];
        for (var i = 0; i < customers.Count; i++)
        {
            var c = customers[i];
            active[i] = bgNbd.ProbabilityAtLeastOne(horizonDays, c);
            rows[i] =
            [
                (float)c.TimeSinceLastPurchase,
                c.Frequency + 1,
                (float)c.T,
                (float)c.TotalSpend,
                (float)c.MonetaryValue,
                (float)bgNbd.ProbabilityAlive(c),
                (float)active[i],
                (float)bgNbd.ExpectedPurchases(horizonDays, c),
            ];
        }

        return new ChurnFeatures(customers, rows, active);
    }

    /// <summary>Whether each customer made no purchase in (cut-off, cut-off + horizon].</summary>
    public bool[] Churned(IReadOnlyList<(string Customer, DateTimeOffset Time, decimal Amount)> purchases, DateTimeOffset cutoff, int horizonDays)
    {
        var end = cutoff.AddDays(horizonDays);
        var buyers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (customer, time, _) in purchases)
        {
            if (time > cutoff && time <= end)
            {
                buyers.Add(customer);
            }
        }

        var churned = new bool[Customers.Count];
        for (var i = 0; i < churned.Length; i++)
        {
            churned[i] = !buyers.Contains(Customers[i].CustomerId);
        }

        return churned;
    }
}
