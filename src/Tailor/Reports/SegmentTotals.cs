namespace Tailor.Reports;

/// <summary>Customers and their revenue in one segment, cluster or grid cell.</summary>
/// <param name="Customers">Customers in it.</param>
/// <param name="Revenue">What they have spent over all their orders.</param>
public sealed record SegmentTotals(int Customers, decimal Revenue)
{
    /// <summary>Nothing: no customers, no revenue.</summary>
    public static SegmentTotals None { get; } = new(0, 0);

    /// <summary>Both totals added.</summary>
    public SegmentTotals Add(int customers, decimal revenue) => new(Customers + customers, Revenue + revenue);
}
