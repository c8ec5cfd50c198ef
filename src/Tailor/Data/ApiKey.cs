using System.Security.Cryptography;
using System.Text;

namespace Tailor.Data;

/// <summary>A stored API key: its shop and scopes, never the key itself.</summary>
/// <param name="Id">Store id.</param>
/// <param name="ShopId">The only shop the key can reach.</param>
/// <param name="Prefix">The key's first characters, to tell keys apart in listings.</param>
/// <param name="Scopes">What the key may do.</param>
/// <param name="Label">A note, such as "web shop tracking".</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="RateLimit">Requests per second the key may make; null takes the server's default, 0 means unlimited.</param>
public sealed record ApiKey(
    long Id, string ShopId, string Prefix, ApiScope Scopes, string? Label, DateTimeOffset CreatedAt, int? RateLimit = null)
{
    private const string KeyPrefix = "tlr_";

    /// <summary>A new random key (256 bits) as text; the caller shows it once and stores only <see cref="Hash"/>.</summary>
    public static string Generate() =>
        KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// SHA-256 of the key. A key has 256 random bits, so an unsalted fast hash is enough: there is
    /// nothing to guess, unlike a password.
    /// </summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string DisplayPrefix(string key) => key[..Math.Min(key.Length, KeyPrefix.Length + 6)];

    /// <summary>Parses "read,ingest" into scopes; throws <see cref="ArgumentException"/> on an unknown word.</summary>
    public static ApiScope ParseScopes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scopes = ApiScope.None;
        foreach (var word in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            scopes |= word.ToLowerInvariant() switch
            {
                "ingest" => ApiScope.Ingest,
                "read" => ApiScope.Read,
                "admin" => ApiScope.Admin,
                _ => throw new ArgumentException($"Unknown scope '{word}': use ingest, read or admin.", nameof(text)),
            };
        }

        return scopes == ApiScope.None ? throw new ArgumentException("Give at least one scope: ingest, read or admin.", nameof(text)) : scopes;
    }

    public static string FormatScopes(ApiScope scopes) =>
        string.Join(',', new[] { ApiScope.Ingest, ApiScope.Read, ApiScope.Admin }.Where(s => scopes.HasFlag(s)).Select(s => s.ToString().ToLowerInvariant()));
}
