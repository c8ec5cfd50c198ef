namespace Tailor.Experiments;

/// <summary>Which result of an email send becomes the outcome of an experiment built from the campaign.</summary>
public enum CampaignOutcome
{
    /// <summary>Opened (conversion): what a subject line decides.</summary>
    Opened,

    /// <summary>Clicked (conversion).</summary>
    Clicked,

    /// <summary>Converted to a purchase (conversion).</summary>
    Converted,

    /// <summary>Revenue attributed to the send (revenue).</summary>
    Revenue,
}
