namespace Tailor.Data;

/// <summary>A tenant of the store. Every other row belongs to exactly one shop.</summary>
/// <param name="Id">Short stable identifier chosen by the operator, such as "default".</param>
/// <param name="Name">Display name.</param>
/// <param name="Currency">ISO 4217 code of all money amounts of the shop.</param>
/// <param name="TimeZone">IANA time zone; timestamps imported without an offset are read in it.</param>
public sealed record Shop(string Id, string Name, string Currency = "EUR", string TimeZone = "UTC")
{
    /// <summary>The shop every verb uses when none is named.</summary>
    public const string DefaultId = "default";
}
