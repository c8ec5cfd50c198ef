namespace Tailor.Operations;

/// <summary>What a demand series adds up: one item, one category, or the whole shop.</summary>
public enum DemandScope
{
    /// <summary>Units of one item.</summary>
    Item,

    /// <summary>Units of every item of one category.</summary>
    Category,

    /// <summary>Units of every item of the shop.</summary>
    Total,
}
