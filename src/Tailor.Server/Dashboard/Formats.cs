using System.Globalization;
using Tailor.Data;

namespace Tailor.Server.Dashboard;

/// <summary>How the dashboard writes numbers, money and times: invariant digits, the shop's currency and time zone.</summary>
public sealed class Formats(Shop shop)
{
    private readonly TimeZoneInfo _zone = FindZone(shop.TimeZone);

    public string Currency => shop.Currency;

    public string Money(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"{amount:N2} {shop.Currency}");

    /// <summary>Money without cents, for large totals.</summary>
    public string Total(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"{amount:N0} {shop.Currency}");

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "F3") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    /// <summary>A figure with its interval: "12.30 (8.10 to 17.00)", or the figure alone when the interval is a point.</summary>
    public static string Interval(double value, double lower, double upper, string format = "N2") => lower == upper
        ? Number(value, format)
        : $"{Number(value, format)} ({Number(lower, format)} to {Number(upper, format)})";

    /// <summary>A date in the shop's time zone.</summary>
    public string Date(DateTimeOffset? at) => at is { } value ? TimeZoneInfo.ConvertTime(value, _zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–";

    /// <summary>A date and time in the shop's time zone.</summary>
    public string Time(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, _zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "–";

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    /// <summary>The shop's time zone (UTC when the name is unknown to this machine).</summary>
    public TimeZoneInfo Zone => _zone;
}
