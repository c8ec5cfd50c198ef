namespace Tailor.Simulation;

/// <summary>Why a customer placed an order.</summary>
internal enum PurchaseKind
{
    /// <summary>The first order of a customer acquired during the period, placed when they sign up.</summary>
    First,

    /// <summary>A purchase of the BG/NBD process; a dropout coin is tossed after it.</summary>
    Repeat,

    /// <summary>A purchase following a click in a campaign email; outside the BG/NBD process.</summary>
    Email,
}
