namespace Tailor.Data;

/// <summary>Timestamps are stored as UTC milliseconds since the Unix epoch: compact, sortable, provider-neutral.</summary>
internal static class UnixTime
{
    public static long ToMilliseconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMilliseconds(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
