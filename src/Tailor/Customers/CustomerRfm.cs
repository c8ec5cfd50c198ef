namespace Tailor.Customers;

/// <summary>A customer's RFM scores and their segment in both presets.</summary>
/// <param name="R">Recency score, 1 to 5; 5 is most recent.</param>
/// <param name="F">Frequency score, 1 to 5; 5 is most frequent.</param>
/// <param name="M">Monetary score, 1 to 5; 5 is most spend.</param>
/// <param name="Rfm11">Segment in the 11-segment R/F/M preset.</param>
/// <param name="Rf10">Segment in the 10-segment R/F preset.</param>
public sealed record CustomerRfm(int R, int F, int M, string Rfm11, string Rf10)
{
    /// <summary>The scores as the three-digit cell marketers write, such as "545".</summary>
    public string Cell => $"{R}{F}{M}";
}
