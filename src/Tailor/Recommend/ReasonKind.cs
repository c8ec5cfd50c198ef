namespace Tailor.Recommend;

/// <summary>Why an item is recommended, as a code programs can switch on.</summary>
public enum ReasonKind
{
    /// <summary>Its neighbours include something in the customer's history.</summary>
    BecauseOfHistory,

    /// <summary>Many customers buy it.</summary>
    Popular,

    /// <summary>It is rising fast.</summary>
    Trending,

    /// <summary>It is like the item asked about.</summary>
    SimilarTo,

    /// <summary>It is often in the same order as the item asked about.</summary>
    BoughtWith,

    /// <summary>It was in the caller's candidate list.</summary>
    Ranked,
}
