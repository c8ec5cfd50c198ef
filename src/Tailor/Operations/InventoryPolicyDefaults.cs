namespace Tailor.Operations;

/// <summary>Default values of <see cref="InventoryPolicyOptions"/>.</summary>
public static class InventoryPolicyDefaults
{
    /// <summary>Default lead time in periods.</summary>
    public const int LeadTime = 7;

    /// <summary>Default review period: 0, continuous review.</summary>
    public const int ReviewPeriod = 0;

    /// <summary>Default cycle service level.</summary>
    public const double CycleServiceLevel = 0.95;
}
