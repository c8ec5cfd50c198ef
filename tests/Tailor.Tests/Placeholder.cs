namespace Tailor.Tests;

public class ConsentTests
{
    [Fact]
    public void Default_consent_needs_an_opt_in_for_marketing()
    {
        var consent = Tailor.Data.Consent.Default;
        Assert.True(consent.Personalization);
        Assert.False(consent.EmailMarketing);
    }
}
