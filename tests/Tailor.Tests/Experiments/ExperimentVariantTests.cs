using Tailor.Experiments;

namespace Tailor.Tests.Experiments;

public sealed class ExperimentVariantTests
{
    [Fact]
    public void Variant_lists_parse_with_and_without_weights()
    {
        Assert.Equal([new ExperimentVariant("A", 50), new ExperimentVariant("B", 50)], ExperimentVariant.ParseList("A:50,B:50"));
        Assert.Equal([new ExperimentVariant("control", 1), new ExperimentVariant("als", 1), new ExperimentVariant("ease", 1)],
            ExperimentVariant.ParseList("control, als, ease"));
        Assert.Equal("send-at:09h", ExperimentVariant.ParseList("send-at:09h:1,send-at:20h:3")[0].Name);
    }

    [Theory]
    [InlineData("A:50", "two or more variants")]
    [InlineData("A:50,A:50", "appears twice")]
    [InlineData("A:50,B:0", "weights must be positive")]
    [InlineData("A:x,B:1", "not a number")]
    public void Bad_variant_lists_say_what_is_wrong(string text, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => ExperimentVariant.ParseList(text));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("variants", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/key")]
    public void Keys_are_restricted_to_url_safe_characters(string key) =>
        Assert.Equal("key", Assert.Throws<ArgumentException>(() => ExperimentSpec.ValidateKey(key)).ParamName);

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(1e9)]
    [InlineData(double.NaN)]
    public void The_outcome_window_must_be_a_sensible_number_of_hours(double hours) =>
        Assert.Equal("windowHours", Assert.Throws<ArgumentException>(() =>
            new ExperimentSpec("k", ExperimentVariant.ParseList("A,B"), WindowHours: hours).Validate()).ParamName);
}
