namespace Tailor.Operations;

/// <summary>The length of one period of a demand series.</summary>
public enum DemandPeriod
{
    /// <summary>Calendar days in the shop's time zone; season length 7.</summary>
    Day,

    /// <summary>Seven-day weeks ending on the last day of the history; season length 52.</summary>
    Week,
}
