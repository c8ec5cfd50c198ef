using System.Security.Claims;
using Tailor.Data;
using Tailor.Server.Security;

namespace Tailor.Server.Dashboard;

/// <summary>
/// Checks what a person typed on the sign-in page: a dashboard user's name and password, or an API key
/// holding the admin scope. Either way the result names one shop, and the person sees only that shop.
/// </summary>
public sealed class DashboardSignIn(ITailorStore store, ApiKeyRegistry keys)
{
    /// <summary>The outcome: a principal to sign in, or the reason it was refused.</summary>
    public sealed record Result(ClaimsPrincipal? Principal, string? Error);

    /// <summary>Checks a name and password.</summary>
    public Result WithPassword(string? name, string? password)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            return new Result(null, "Enter your name and password, or an admin API key.");
        }

        var user = store.FindDashboardUser(name.Trim());
        if (user is null)
        {
            PasswordHash.VerifyNothing(password);
            return Refused();
        }

        return PasswordHash.Verify(password, user.PasswordHash)
            ? new Result(Principal(user.Name, user.ShopId, "password"), null)
            : Refused();
    }

    /// <summary>Checks an API key: it must be live and hold the admin scope.</summary>
    public Result WithKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return new Result(null, "Enter your name and password, or an admin API key.");
        }

        var found = keys.Find(key.Trim());
        if (found is null)
        {
            return new Result(null, "That API key is not valid or was revoked.");
        }

        return found.Scopes.HasFlag(ApiScope.Admin)
            ? new Result(Principal($"key {found.Prefix}…", found.ShopId, "api-key"), null)
            : new Result(null, $"That key has the scopes '{ApiKey.FormatScopes(found.Scopes)}'; the dashboard needs an admin key.");
    }

    // One message for an unknown name and a wrong password, so the page does not tell which names exist.
    private static Result Refused() => new(null, "The name or password is wrong.");

    private static ClaimsPrincipal Principal(string name, string shopId, string method) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim(DashboardAuth.ShopClaim, shopId), new Claim(DashboardAuth.MethodClaim, method)],
            DashboardAuth.Scheme));
}
