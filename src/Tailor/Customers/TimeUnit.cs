namespace Tailor.Customers;

/// <summary>
/// The unit in which recency, customer age and horizons are measured. Model parameters with a time
/// dimension (BG/NBD alpha) are only meaningful in the unit they were fitted in.
/// </summary>
public enum TimeUnit
{
    /// <summary>Days.</summary>
    Day = 0,

    /// <summary>Weeks of seven days; the unit of Fader, Hardie and Lee's CDNOW examples.</summary>
    Week = 1,
}
