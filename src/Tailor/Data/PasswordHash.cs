using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tailor.Data;

/// <summary>
/// Dashboard passwords as PBKDF2-HMAC-SHA256 with a random 128-bit salt, stored as
/// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64). Unlike an API key a password is guessable, so its
/// hash must be slow: <see cref="DefaultIterations"/> follows OWASP's 2023 advice for this function.
/// </summary>
public static class PasswordHash
{
    /// <summary>PBKDF2 iterations of new hashes: 600,000.</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>Shortest password accepted: 8 characters (NIST SP 800-63B's minimum).</summary>
    public const int MinLength = 8;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Hashes a new password; throws <see cref="ArgumentException"/> when it is too short.</summary>
    public static string Create(string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinLength)
        {
            throw new ArgumentException($"The password is {password.Length} characters long; use at least {MinLength}.", nameof(password));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        return Format(iterations, RandomNumberGenerator.GetBytes(SaltBytes), password);
    }

    /// <summary>True when <paramref name="password"/> is the one <paramref name="stored"/> was made from; false for any malformed hash.</summary>
    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return expected.Length > 0 && CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// Spends the time of one verification without a user, so that a sign-in with an unknown name takes as
    /// long as one with a wrong password and does not tell which names exist.
    /// </summary>
    public static void VerifyNothing(string password) => Verify(password ?? "", DummyHash.Value);

    /// <summary>The stored form of <paramref name="password"/> with a given salt; for tests with published vectors.</summary>
    internal static string Format(int iterations, byte[] salt, string password) =>
        string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt),
            Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes)));

    private static readonly Lazy<string> DummyHash = new(() => Format(DefaultIterations, new byte[SaltBytes], "not a password"));
}
