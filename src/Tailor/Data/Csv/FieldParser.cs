using System.Globalization;

namespace Tailor.Data.Csv;

/// <summary>
/// Culture-invariant parsing of CSV fields. Each method returns false with nothing thrown, so a bad
/// value costs a rejected row, not an exception per row.
/// </summary>
public static class FieldParser
{
    public static bool TryInt(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out value);

    public static bool TryLong(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out value);

    public static bool TryDecimal(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static bool TryDouble(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>true/false, 1/0, yes/no, y/n, t/f, in any case.</summary>
    public static bool TryBool(ReadOnlySpan<char> text, out bool value)
    {
        var t = text.Trim();
        if (t.Equals("true", StringComparison.OrdinalIgnoreCase) || t.Equals("1", StringComparison.Ordinal)
            || t.Equals("yes", StringComparison.OrdinalIgnoreCase) || t.Equals("y", StringComparison.OrdinalIgnoreCase)
            || t.Equals("t", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        value = false;
        return t.Equals("false", StringComparison.OrdinalIgnoreCase) || t.Equals("0", StringComparison.Ordinal)
            || t.Equals("no", StringComparison.OrdinalIgnoreCase) || t.Equals("n", StringComparison.OrdinalIgnoreCase)
            || t.Equals("f", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A calendar day as YYYY-MM-DD.</summary>
    public static bool TryDate(ReadOnlySpan<char> text, out DateOnly value) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>
    /// ISO 8601 date-times ("2011-12-09T12:50:00Z", "2011-12-09 12:50:00+01:00", "2011-12-09 12:50",
    /// "2011-12-09"). A value without an offset is a local time of <paramref name="zone"/>.
    /// </summary>
    public static bool TryTimestamp(ReadOnlySpan<char> text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        var t = text.Trim();
        if (TryFastLocal(t, out var local))
        {
            return TryFromZone(local, zone, out value);
        }

        if (t.Length > 10 && HasOffset(t))
        {
            return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value);
        }

        if (DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out local))
        {
            return TryFromZone(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone, out value);
        }

        value = default;
        return false;
    }

    private static bool TryFromZone(DateTime local, TimeZoneInfo zone, out DateTimeOffset value)
    {
        if (zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime)
        {
            value = new DateTimeOffset(local, TimeSpan.Zero);
            return true;
        }

        // A local time skipped by a daylight-saving jump does not exist; read it with the offset before the jump.
        var offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddHours(-1)) : zone.GetUtcOffset(local);
        value = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool HasOffset(ReadOnlySpan<char> t)
    {
        var last = t[^1];
        if (last is 'Z' or 'z')
        {
            return true;
        }

        // An offset is a sign after the time part: "+01:00", "-0500".
        var timeStart = t.IndexOfAny('T', ' ');
        return timeStart > 0 && t[timeStart..].IndexOfAny('+', '-') > 0;
    }

    /// <summary>"yyyy-MM-dd HH:mm:ss" or "yyyy-MM-ddTHH:mm:ss" without offset: the common case, parsed by hand
    /// because it is most of the work of a large import.</summary>
    private static bool TryFastLocal(ReadOnlySpan<char> t, out DateTime value)
    {
        value = default;
        if (t.Length != 19 || t[4] != '-' || t[7] != '-' || (t[10] != ' ' && t[10] != 'T') || t[13] != ':' || t[16] != ':')
        {
            return false;
        }

        if (!TwoDigits(t, 0, out var c) || !TwoDigits(t, 2, out var y) || !TwoDigits(t, 5, out var month)
            || !TwoDigits(t, 8, out var day) || !TwoDigits(t, 11, out var hour) || !TwoDigits(t, 14, out var minute)
            || !TwoDigits(t, 17, out var second))
        {
            return false;
        }

        var year = (c * 100) + y;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23
            || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> t, int at, out int value)
    {
        var a = t[at] - '0';
        var b = t[at + 1] - '0';
        value = (a * 10) + b;
        return (uint)a <= 9 && (uint)b <= 9;
    }
}
