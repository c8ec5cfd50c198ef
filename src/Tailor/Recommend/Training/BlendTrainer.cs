using Tailor.Recommend.Algorithms;

namespace Tailor.Recommend.Training;

/// <summary>Fits each component and blends them with fixed weights (as chosen by <see cref="AutoSelection"/>).</summary>
public sealed class BlendTrainer(IReadOnlyList<IRecommenderTrainer> components, IReadOnlyList<float> weights, string name = "hybrid")
    : IRecommenderTrainer
{
    public string Name => name;

    public IReadOnlyList<IRecommenderTrainer> Components => components;

    public IReadOnlyList<float> Weights => weights;

    public IReadOnlyDictionary<string, object> Parameters =>
        components.Select((c, i) => (c, i)).ToDictionary(
            p => p.c.Name,
            p => (object)new Dictionary<string, object>(p.c.Parameters) { ["weight"] = Math.Round(weights[p.i], 4) },
            StringComparer.Ordinal);

    public IRecommender Fit(InteractionMatrix data, CancellationToken cancellationToken = default)
    {
        if (components.Count == 1 && weights[0] > 0)
        {
            return components[0].Fit(data, cancellationToken);
        }

        var models = new List<IRecommender>();
        var kept = new List<float>();
        for (var c = 0; c < components.Count; c++)
        {
            if (weights[c] > 0)
            {
                models.Add(components[c].Fit(data, cancellationToken));
                kept.Add(weights[c]);
            }
        }

        return new HybridModel(models, kept);
    }
}
