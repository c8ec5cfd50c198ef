namespace Tailor.Marketing;

/// <summary>The names of <see cref="MarketingOutcome"/> in files, the database and JSON: "orders" and "revenue".</summary>
public static class MarketingOutcomeNames
{
    public static string Name(MarketingOutcome outcome) => outcome == MarketingOutcome.Revenue ? "revenue" : "orders";

    /// <summary>"orders" or "revenue", exactly; false for anything else.</summary>
    public static bool TryParse(string? text, out MarketingOutcome outcome)
    {
        outcome = text == "revenue" ? MarketingOutcome.Revenue : MarketingOutcome.Orders;
        return text is "orders" or "revenue";
    }
}
