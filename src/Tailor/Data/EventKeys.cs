using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tailor.Data;

/// <summary>Idempotency keys for events that arrive without one.</summary>
public static class EventKeys
{
    /// <summary>The same event content always gives the same key, so a re-imported file or a retried request adds nothing.</summary>
    public static string Derive(string? customerId, string? sessionId, string? itemId, string type, double? value,
        int? quantity, string? channel, DateTimeOffset timestamp)
    {
        var text = string.Join('\u001f', customerId, sessionId, itemId, type,
            value?.ToString("R", CultureInfo.InvariantCulture), quantity?.ToString(CultureInfo.InvariantCulture), channel,
            timestamp.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return "sha256:" + Convert.ToHexStringLower(hash[..16]);
    }
}
