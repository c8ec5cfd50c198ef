namespace Tailor.Marketing;

/// <summary>The daily outcome response curves explain.</summary>
public enum MarketingOutcome
{
    /// <summary>Orders placed a day (cancellations not counted).</summary>
    Orders,

    /// <summary>Revenue of the orders placed a day, in shop currency.</summary>
    Revenue,
}
