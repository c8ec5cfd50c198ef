namespace Tailor.Cli.Tests;

/// <summary>`--train-every` durations as people write them.</summary>
public sealed class DurationTextTests
{
    [Theory]
    [InlineData("45s", 45)]
    [InlineData("30m", 1800)]
    [InlineData("6h", 21600)]
    [InlineData("1.5h", 5400)]
    [InlineData("1d", 86400)]
    [InlineData("0", 0)]
    [InlineData("off", 0)]
    public void Durations_are_read_in_their_units(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationText.Parse(text));

    [Theory]
    [InlineData("soon")]
    [InlineData("6")]
    [InlineData("-1h")]
    [InlineData("6w")]
    [InlineData("99999d")]
    public void Other_text_is_not_a_duration(string text) => Assert.Null(DurationText.Parse(text));

    [Theory]
    [InlineData(86400, "1d")]
    [InlineData(21600, "6h")]
    [InlineData(1800, "30m")]
    [InlineData(45, "45s")]
    public void Durations_are_written_in_the_largest_whole_unit(double seconds, string text) =>
        Assert.Equal(text, DurationText.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Serve_refuses_a_duration_it_cannot_read()
    {
        using var cli = new CliRun();
        var (exit, _, error) = cli.Run("serve", "--train-every", "soon");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--train-every 'soon' is not a duration", error, StringComparison.Ordinal);
    }
}
