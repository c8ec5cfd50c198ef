namespace Tailor.Customers;

/// <summary>Conversions between <see cref="TimeUnit"/> and days.</summary>
public static class TimeUnits
{
    /// <summary>Length of one unit in days: 1 for a day, 7 for a week.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined unit.</exception>
    public static double Days(this TimeUnit unit) => unit switch
    {
        TimeUnit.Day => 1,
        TimeUnit.Week => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };

    /// <summary>
    /// Units in a month as Python's lifetimes counts them in <c>customer_lifetime_value</c>: 30 days or
    /// 4.345 weeks. Kept identical so discounted CLV can be compared with lifetimes output.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined unit.</exception>
    public static double PerMonth(this TimeUnit unit) => unit switch
    {
        TimeUnit.Day => 30,
        TimeUnit.Week => 4.345,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };
}
