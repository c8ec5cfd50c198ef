namespace Tailor.Server.Dashboard;

/// <summary>Names of the dashboard's cookie sign-in.</summary>
public static class DashboardAuth
{
    /// <summary>The authentication scheme: a cookie, separate from the API's keys.</summary>
    public const string Scheme = "TailorDashboard";

    /// <summary>The claim holding the id of the one shop the signed-in person sees.</summary>
    public const string ShopClaim = "tailor:shop";

    /// <summary>The claim saying how the person signed in: "password" or "api-key".</summary>
    public const string MethodClaim = "tailor:method";

    public const string CookieName = "tailor_dashboard";
}
