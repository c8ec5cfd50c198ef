using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>An item as the simulation sees it: the exported record plus its latent state. Times in days since the start.</summary>
internal sealed class CatalogueItem
{
    public required Item Record { get; init; }

    public required int Category { get; init; }

    public required double[] Factors { get; init; }

    public required double Popularity { get; init; }

    public required double CreatedAt { get; init; }

    /// <summary>When it stops being sold; positive infinity if never.</summary>
    public required double DiscontinuedAt { get; init; }

    /// <summary>Whether it launched during the period and so gets a decaying launch boost.</summary>
    public required bool LaunchedInPeriod { get; init; }

    public required bool Consumable { get; init; }

    public string Id => Record.ExternalId;

    public bool IsContent => Record.Kind == ItemKind.Content;

    public double Price => (double)(Record.Price ?? 0m);

    public bool SellableAt(double time) => time >= CreatedAt && time < DiscontinuedAt;
}
