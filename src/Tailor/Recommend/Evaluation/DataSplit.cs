namespace Tailor.Recommend.Evaluation;

/// <summary>Interactions to train on and the held-out pairs to test against.</summary>
/// <param name="Train">Training interactions, in their original order.</param>
/// <param name="Test">Held-out items per user.</param>
public sealed record DataSplit(IReadOnlyList<Interaction> Train, TestSet Test)
{
    /// <summary>
    /// The training matrix. <paramref name="referenceTime"/> ("now" for time decay) defaults to the
    /// newest training interaction, which is when a model trained on this part would have been fitted.
    /// </summary>
    public InteractionMatrix BuildTrainMatrix(
        InteractionOptions options,
        DateTimeOffset? referenceTime = null,
        IEnumerable<string>? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = referenceTime ?? (Train.Count == 0 ? DateTimeOffset.UnixEpoch : Train.Max(i => i.Timestamp));
        return InteractionMatrix.Build(Train, options, now, catalogue);
    }
}
