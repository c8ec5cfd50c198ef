using Tailor.Data;
using Tailor.Data.Sqlite;

namespace Tailor.Cli.Tests;

/// <summary>`tailor keys create`: the key is printed once, only its hash is stored, with scopes and rate limit.</summary>
public sealed class KeysVerbTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_created_key_is_stored_by_hash_with_its_scopes_and_rate_limit()
    {
        var (exit, json) = _cli.RunJson("keys", "create", "--scope", "read,ingest", "--rate-limit", "25");

        Assert.Equal(ExitCodes.Ok, exit);
        var key = json.GetProperty("key").GetString()!;
        Assert.Equal(25, json.GetProperty("rateLimit").GetInt32());
        using var store = SqliteStore.Open(_cli.DbPath);
        var stored = store.FindApiKey(ApiKey.Hash(key));
        Assert.NotNull(stored);
        Assert.Equal(ApiScope.Read | ApiScope.Ingest, stored.Scopes);
        Assert.Equal(25, stored.RateLimit);
        Assert.DoesNotContain(key, File.ReadAllText(_cli.DbPath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_rate_limit_or_an_unknown_scope_is_refused()
    {
        var negative = _cli.Run("keys", "create", "--scope", "read", "--rate-limit", "-1");
        var unknown = _cli.Run("keys", "create", "--scope", "write");

        Assert.Equal(ExitCodes.Usage, negative.Exit);
        Assert.Contains("--rate-limit", negative.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, unknown.Exit);
        Assert.Contains("Unknown scope 'write'", unknown.Err, StringComparison.Ordinal);
    }
}
