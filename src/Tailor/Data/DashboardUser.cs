namespace Tailor.Data;

/// <summary>A person who may open one shop's dashboard with a name and password.</summary>
/// <param name="Id">Store id.</param>
/// <param name="ShopId">The only shop the user sees.</param>
/// <param name="Name">Sign-in name, unique in the database regardless of case.</param>
/// <param name="PasswordHash">The password as <see cref="PasswordHash"/> keeps it; never the password.</param>
/// <param name="CreatedAt">When the user was added.</param>
/// <param name="PasswordSetAt">When the password was last set.</param>
public sealed record DashboardUser(long Id, string ShopId, string Name, string PasswordHash, DateTimeOffset CreatedAt, DateTimeOffset PasswordSetAt);
