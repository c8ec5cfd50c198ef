namespace Tailor.Marketing;

/// <summary>What a recommendation rests on.</summary>
public enum SendTimeEvidence
{
    /// <summary>The customer's own responses, on top of their segment's prior.</summary>
    Customer,

    /// <summary>No sends to the customer yet: their segment's prior alone, explored by Thompson sampling.</summary>
    Segment,

    /// <summary>No sends to the customer and too few in their segment: the global prior.</summary>
    Global,
}
