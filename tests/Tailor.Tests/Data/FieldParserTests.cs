using Tailor.Data.Csv;

namespace Tailor.Tests.Data;

public sealed class FieldParserTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Theory]
    [InlineData("2024-01-15 08:30:00", "2024-01-15T07:30:00Z")] // winter, UTC+1
    [InlineData("2024-07-15T08:30:00", "2024-07-15T06:30:00Z")] // summer, UTC+2
    [InlineData("2024-07-15T08:30:00Z", "2024-07-15T08:30:00Z")]
    [InlineData("2024-07-15T08:30:00.5+05:30", "2024-07-15T03:00:00.5Z")]
    [InlineData("2024-07-15", "2024-07-14T22:00:00Z")]
    [InlineData("2024-03-31 02:30:00", "2024-03-31T01:30:00Z")] // skipped by the spring jump: read before it
    public void Timestamps_honour_offsets_and_read_local_times_in_the_zone(string text, string expectedUtc)
    {
        Assert.True(FieldParser.TryTimestamp(text, Amsterdam, out var value));
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("2024-02-30 10:00:00")]
    [InlineData("2024-13-01")]
    [InlineData("2024-01-01 24:00:00")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Impossible_timestamps_are_refused(string text) =>
        Assert.False(FieldParser.TryTimestamp(text, TimeZoneInfo.Utc, out _));

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("1", true)]
    [InlineData("f", false)]
    [InlineData("No", false)]
    public void Booleans_accept_the_usual_spellings(string text, bool expected)
    {
        Assert.True(FieldParser.TryBool(text, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Numbers_ignore_the_machine_culture_and_refuse_infinity()
    {
        Assert.True(FieldParser.TryDecimal("1234.5", out var d));
        Assert.Equal(1234.5m, d);
        Assert.False(FieldParser.TryDecimal("1234,5", out _));
        Assert.False(FieldParser.TryDouble("Infinity", out _));
    }
}
