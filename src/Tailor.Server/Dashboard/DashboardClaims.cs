using System.Security.Claims;

namespace Tailor.Server.Dashboard;

/// <summary>Reads the signed-in person's shop from their claims.</summary>
public static class DashboardClaims
{
    /// <summary>The shop the person signed in to; only called behind authorization.</summary>
    public static string ShopId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(DashboardAuth.ShopClaim)?.Value
            ?? throw new InvalidOperationException("The dashboard sign-in names no shop.");
    }
}
