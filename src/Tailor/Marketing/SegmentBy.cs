namespace Tailor.Marketing;

/// <summary>How orders are split into segments that get their own response curves.</summary>
public enum SegmentBy
{
    /// <summary>A customer's first order ("new") against their later ones ("returning"); anonymous orders are left out.</summary>
    CustomerType,

    /// <summary>The order's country; orders without one are left out.</summary>
    Country,
}
