namespace Tailor.Data.Sqlite;

/// <summary>API keys.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public ApiKey SaveApiKey(string shopId, string keyHash, string prefix, ApiScope scopes, string? label, int? rateLimit = null)
    {
        var now = DateTimeOffset.UtcNow;
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO api_keys (shop_id, key_hash, prefix, scopes, label, created_at, rate_limit)
            VALUES ($s, $h, $p, $scopes, $label, $at, $limit)
            RETURNING id
            """;
        command.Parameters.AddWithValue("$s", shopId);
        command.Parameters.AddWithValue("$h", keyHash);
        command.Parameters.AddWithValue("$p", prefix);
        command.Parameters.AddWithValue("$scopes", ApiKey.FormatScopes(scopes));
        command.Parameters.AddWithValue("$label", (object?)label ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", UnixTime.ToMilliseconds(now));
        command.Parameters.AddWithValue("$limit", (object?)rateLimit ?? DBNull.Value);
        var id = (long)command.ExecuteScalar()!;
        return new ApiKey(id, shopId, prefix, scopes, label, UnixTime.FromMilliseconds(UnixTime.ToMilliseconds(now)), rateLimit);
    }

    /// <inheritdoc />
    public ApiKey? FindApiKey(string keyHash)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, shop_id, prefix, scopes, label, created_at, rate_limit FROM api_keys WHERE key_hash = $h AND revoked_at IS NULL
            """;
        command.Parameters.AddWithValue("$h", keyHash);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ApiKey(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), ApiKey.ParseScopes(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4), UnixTime.FromMilliseconds(reader.GetInt64(5)),
                reader.IsDBNull(6) ? null : reader.GetInt32(6))
            : null;
    }
}
