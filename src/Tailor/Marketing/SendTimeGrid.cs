namespace Tailor.Marketing;

/// <summary>The slots send times are chosen among.</summary>
public enum SendTimeGrid
{
    /// <summary>Hour of the week when every allowed hour-of-week slot has enough sends, else hour of the day.</summary>
    Auto,

    /// <summary>24 hours of the day, the same every day.</summary>
    HourOfDay,

    /// <summary>168 hours of the week, Monday 00:00 first.</summary>
    HourOfWeek,
}
