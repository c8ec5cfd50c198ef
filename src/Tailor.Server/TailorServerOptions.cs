namespace Tailor.Server;

/// <summary>How `tailor serve` and `tailor demo` run the server.</summary>
public sealed record TailorServerOptions
{
    /// <summary>Listen addresses, separated by ';'. Default http://127.0.0.1:5080; port 0 picks a free one.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Path of the SQLite database file.</summary>
    public required string DbPath { get; init; }

    /// <summary>Shop shown by the dashboard when none is chosen.</summary>
    public string DefaultShop { get; init; } = Data.Shop.DefaultId;

    /// <summary>
    /// Requests a second a key may make when it has no limit of its own; 0 means unlimited. A small
    /// shop's site makes far fewer; the limit keeps a runaway script from starving other shops.
    /// </summary>
    public int DefaultRateLimit { get; init; } = 1000;

    /// <summary>
    /// How often the server looks for shops whose data changed since their last training and retrains
    /// them in the background; <see cref="TimeSpan.Zero"/> turns scheduled training off (training on
    /// demand still works). A shop with data but no model is trained at start.
    /// </summary>
    public TimeSpan TrainEvery { get; init; } = TimeSpan.FromHours(24);
}
