using System.Text.Json;
using Tailor.Data;
using Tailor.Data.Sqlite;

namespace Tailor.Cli.Tests;

/// <summary>`tailor users`: dashboard sign-ins with passwords read from standard input and kept only as PBKDF2 hashes.</summary>
public sealed class UsersVerbTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void An_added_user_s_password_is_stored_as_a_hash_that_verifies_it()
    {
        var (exit, output, _) = _cli.RunWithInput("a long secret phrase\n", "users", "add", "--name", "ann", "--password-stdin", "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("added").GetBoolean());
        using var store = SqliteStore.Open(_cli.DbPath);
        var user = store.FindDashboardUser("Ann")!;
        Assert.Equal(Shop.DefaultId, user.ShopId);
        Assert.True(PasswordHash.Verify("a long secret phrase", user.PasswordHash));
        Assert.DoesNotContain("a long secret phrase", File.ReadAllText(_cli.DbPath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_taken_name_a_short_password_or_empty_input_is_refused_and_changes_nothing()
    {
        _cli.RunWithInput("a long secret phrase\n", "users", "add", "--name", "ann", "--password-stdin");

        var taken = _cli.RunWithInput("another long phrase\n", "users", "add", "--name", "ANN", "--password-stdin");
        var shortPassword = _cli.RunWithInput("short\n", "users", "add", "--name", "ben", "--password-stdin");
        var empty = _cli.RunWithInput("", "users", "add", "--name", "cat", "--password-stdin");
        var noStdin = _cli.RunWithInput("", "users", "add", "--name", "dan");

        Assert.Equal(ExitCodes.BadInput, taken.Exit);
        Assert.Contains("exists already", taken.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, shortPassword.Exit);
        Assert.Contains("at least 8", shortPassword.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, empty.Exit);
        Assert.Equal(ExitCodes.BadInput, noStdin.Exit);
        Assert.Contains("--password-stdin", noStdin.Err, StringComparison.Ordinal);
        using var store = SqliteStore.Open(_cli.DbPath);
        Assert.Equal(["ann"], store.ListDashboardUsers(Shop.DefaultId).Select(u => u.Name));
        Assert.True(PasswordHash.Verify("a long secret phrase", store.FindDashboardUser("ann")!.PasswordHash));
    }

    [Fact]
    public void A_password_can_be_changed_and_a_user_listed_and_removed()
    {
        _cli.RunWithInput("a long secret phrase\n", "users", "add", "--name", "ann", "--password-stdin");

        var changed = _cli.RunWithInput("a new secret phrase\n", "users", "password", "--name", "ann", "--password-stdin");
        var (listed, list) = _cli.RunJson("users", "list");
        var removed = _cli.Run("users", "remove", "--name", "ann");
        var again = _cli.Run("users", "remove", "--name", "ann");

        Assert.Equal(ExitCodes.Ok, changed.Exit);
        Assert.Equal(ExitCodes.Ok, listed);
        Assert.Equal("ann", list.GetProperty("users")[0].GetProperty("name").GetString());
        Assert.Equal(ExitCodes.Ok, removed.Exit);
        Assert.Equal(ExitCodes.BadInput, again.Exit);
        using var store = SqliteStore.Open(_cli.DbPath);
        Assert.Null(store.FindDashboardUser("ann"));
    }
}
