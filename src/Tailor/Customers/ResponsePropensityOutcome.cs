namespace Tailor.Customers;

/// <summary>What counts as a response to a campaign send.</summary>
public enum ResponsePropensityOutcome
{
    /// <summary>The copy was opened (or clicked or converted, which imply an open).</summary>
    Open,

    /// <summary>A link in the copy was clicked (or it converted).</summary>
    Click,

    /// <summary>The copy led to a purchase.</summary>
    Conversion,
}
