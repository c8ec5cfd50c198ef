namespace Tailor.Customers;

/// <summary>One customer's RFM scores and segment.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Recency">Time since the last purchase, as given.</param>
/// <param name="Frequency">Number of purchases, as given.</param>
/// <param name="Monetary">Total spend, as given.</param>
/// <param name="R">Recency score, 1 to the number of bins; higher is more recent.</param>
/// <param name="F">Frequency score; higher is more frequent.</param>
/// <param name="M">Monetary score; higher is more spend.</param>
/// <param name="Segment">Name of the first segment rule the scores match, or the fallback name.</param>
public sealed record RfmScore(string CustomerId, double Recency, double Frequency, double Monetary, int R, int F, int M, string Segment)
{
    /// <summary>The scores as the three-digit cell marketers write, such as "545".</summary>
    public string Cell => $"{R}{F}{M}";
}
