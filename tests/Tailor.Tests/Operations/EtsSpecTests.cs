using Tailor.Operations;

namespace Tailor.Tests.Operations;

public sealed class EtsSpecTests
{
    [Theory]
    [InlineData("MAdM", "ETS(M,Ad,M)")]
    [InlineData("AAdN", "ETS(A,Ad,N)")]
    [InlineData("ANN", "ETS(A,N,N)")]
    [InlineData("ETS(M,A,M)", "ETS(M,A,M)")]
    [InlineData("m,ad,a", "ETS(M,Ad,A)")]
    public void Parses_R_model_strings(string code, string expected) =>
        Assert.Equal(expected, EtsSpec.Parse(code).ToString());

    [Theory]
    [InlineData("MMM")]
    [InlineData("ZZZ")]
    [InlineData("AN")]
    [InlineData("ANdN")]
    public void Rejects_unsupported_or_malformed_codes(string code)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => EtsSpec.Parse(code));
        Assert.Contains(code, e.Message, StringComparison.Ordinal);
    }
}
