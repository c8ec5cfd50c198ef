namespace Tailor.Recommend;

/// <summary>
/// How interactions on one (user, item) pair add up; shared by training matrices and live histories
/// so that a history at request time is weighted exactly as the model saw histories in training.
/// </summary>
internal static class InteractionWeighting
{
    public static float Decay(InteractionOptions options, DateTimeOffset referenceTime, DateTimeOffset timestamp) =>
        options.HalfLifeDays is { } halfLife
            ? (float)Math.Exp(-Math.Log(2) / halfLife * Math.Max(0, (referenceTime - timestamp).TotalDays))
            : 1f;

    /// <summary>The pair's value after one more interaction.</summary>
    public static float Add(InteractionOptions options, float current, float weight, float decay) =>
        options.Binary
            // One per pair, worth the decay of its newest interaction: recency counts, repeats do not.
            ? weight > 0 ? Math.Max(current, decay) : current - decay
            : current + (weight * decay);

    /// <summary>The stored value of a pair whose accumulated value is positive.</summary>
    public static float Final(InteractionOptions options, float value) =>
        options.Binary && options.HalfLifeDays is null ? 1f : value;
}
