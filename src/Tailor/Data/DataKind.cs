namespace Tailor.Data;

/// <summary>The kinds of data that can be imported and exported.</summary>
public enum DataKind
{
    Customers,
    Items,
    Orders,
    Events,
    Spend,
    Campaigns,
}
