using Tailor.Data;

namespace Tailor.Tests.Data;

public sealed class PasswordHashTests
{
    [Fact]
    public void The_stored_hash_is_pbkdf2_hmac_sha256_as_in_rfc_7914()
    {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1; the first 32 bytes of its 64-byte answer.
        var stored = PasswordHash.Format(1, "salt"u8.ToArray(), "passwd");

        var hash = Convert.FromBase64String(stored.Split('$')[3]);

        Assert.Equal("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc", Convert.ToHexStringLower(hash));
        Assert.StartsWith("pbkdf2-sha256$1$", stored, StringComparison.Ordinal);
        Assert.True(PasswordHash.Verify("passwd", stored));
    }

    [Fact]
    public void A_new_hash_verifies_its_password_only_and_two_hashes_of_one_password_differ()
    {
        var first = PasswordHash.Create("correct horse", iterations: 1000);
        var second = PasswordHash.Create("correct horse", iterations: 1000);

        Assert.True(PasswordHash.Verify("correct horse", first));
        Assert.False(PasswordHash.Verify("correct hors", first));
        Assert.False(PasswordHash.Verify("Correct horse", first));
        Assert.NotEqual(first, second);
        Assert.StartsWith($"pbkdf2-sha256${PasswordHash.DefaultIterations}$", PasswordHash.Create("correct horse"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$10$not base64!$AAAA")]
    [InlineData("md5$10$AAAA$AAAA")]
    public void A_malformed_hash_never_verifies(string stored) => Assert.False(PasswordHash.Verify("anything", stored));

    [Fact]
    public void A_short_password_is_refused_with_the_minimum()
    {
        var error = Assert.Throws<ArgumentException>(() => PasswordHash.Create("short"));

        Assert.Contains("at least 8", error.Message, StringComparison.Ordinal);
    }
}
