using Tailor.Recommend;

namespace Tailor.Tests.Recommend.Evaluation;

/// <summary>
/// Scores every item by a fixed vector, plus <paramref name="historyBoost"/> for items in the
/// history: with a large boost it ranks the user's own items first, which the evaluator must drop.
/// </summary>
internal sealed class FixedScoreRecommender(float[] scores, float historyBoost = 0f, string name = "fixed") : IRecommender
{
    public string Name => name;

    public int ItemCount => scores.Length;

    public void Score(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> output)
    {
        scores.CopyTo(output);
        foreach (var item in historyItems)
        {
            output[item] += historyBoost;
        }
    }

    public void Save(BinaryWriter writer) => throw new NotSupportedException();
}

/// <summary>Fits a <see cref="FixedScoreRecommender"/> sized to the matrix, its scores from a function of the item id.</summary>
internal sealed class FixedScoreTrainer(string name, Func<string, float> score, int parameter = 0) : IRecommenderTrainer
{
    public string Name => name;

    public int FitCount { get; private set; }

    public IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>(StringComparer.Ordinal) { ["p"] = parameter };

    public IRecommender Fit(InteractionMatrix data, CancellationToken cancellationToken = default)
    {
        FitCount++;
        var scores = new float[data.ItemCount];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = score(data.Items[i]);
        }

        return new FixedScoreRecommender(scores, name: name);
    }
}
