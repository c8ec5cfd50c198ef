namespace Tailor.Customers;

/// <summary>The raw recency, frequency and monetary value of one customer, before scoring.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Recency">Time since the last purchase (any unit; smaller is better).</param>
/// <param name="Frequency">Number of purchases (larger is better).</param>
/// <param name="Monetary">Total spend (larger is better).</param>
public sealed record RfmObservation(string CustomerId, double Recency, double Frequency, double Monetary)
{
    /// <summary>
    /// R, F and M from a summary: time since the last purchase day (T - t_x), purchase days (x + 1)
    /// and total spend over all purchase days.
    /// </summary>
    public static RfmObservation FromSummary(CustomerSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new RfmObservation(summary.CustomerId, summary.TimeSinceLastPurchase, summary.Frequency + 1, summary.TotalSpend);
    }
}
