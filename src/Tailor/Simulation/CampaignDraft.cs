namespace Tailor.Simulation;

/// <summary>An email campaign as simulated, with running totals for its variants' expected open rates.</summary>
internal sealed class CampaignDraft
{
    public required string Id { get; init; }

    public required int Day { get; init; }

    public required string Segment { get; init; }

    public required int Category { get; init; }

    public required int? SendHour { get; init; }

    public required int[] FeaturedItems { get; init; }

    /// <summary>Variant names; a single null entry when the campaign has no variants.</summary>
    public required string?[] Variants { get; init; }

    public required double[] BaseOpenRates { get; init; }

    public required double[] ExpectedOpens { get; init; }

    public required int[] Sends { get; init; }
}
