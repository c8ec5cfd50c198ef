namespace Tailor.Simulation;

/// <summary>
/// A shop whose history can identify response curves, for the marketing tests and benchmarks. The
/// default shop spends the way many small shops do (search always on, video and display in flights),
/// which leaves several curves barely identified; this one keeps the default channels' true curves
/// but moves every online budget every two weeks (sometimes to zero), as a shop that tests its
/// budgets would, and has enough orders a day (about 350) for a few percent of lift to show. Most
/// customers exist from the start, so the period's growth through newly acquired customers stays
/// small next to the channels' direct lift. No email campaigns: paid channels only.
/// </summary>
public static class MarketingScenario
{
    /// <summary>The scenario's simulator options.</summary>
    /// <param name="seed">Random seed.</param>
    public static ShopSimulatorOptions Options(int seed = ShopSimulatorDefaults.Seed) => new()
    {
        Seed = seed,
        Customers = 12_000,
        Items = 200,
        InitialCustomerShare = 0.9,
        PurchaseProcess = new BgNbdParameters(R: 1.5, Alpha: 20, A: 0.8, B: 8),
        EmailCampaigns = false,
        Channels = ShopSimulatorDefaults.Channels
            .Select(c => c.Pattern == SpendPattern.Weekly ? c : c with { Pattern = SpendPattern.Varying })
            .ToArray(),
    };
}
