using Tailor.Data;

namespace Tailor.Recommend.Reranking;

/// <summary>
/// Fits a learned re-ranker to a matrix: fits its component models there and hangs the trees that
/// <see cref="RerankLearner"/> learnt on a validation period on top of them. The trees stay as
/// learnt; only the components and the item signals see the new data.
/// </summary>
public sealed class RerankTrainer : IRecommenderTrainer
{
    private readonly IRecommenderTrainer[] _components;
    private readonly IReadOnlyList<Item>? _catalogue;

    internal RerankTrainer(IReadOnlyList<IRecommenderTrainer> components, TreeEnsemble ranker, RerankOptions options, IReadOnlyList<Item>? catalogue, string name)
    {
        _components = [.. components];
        Ranker = ranker;
        Options = options;
        _catalogue = catalogue;
        Name = name;
    }

    public string Name { get; }

    /// <summary>The component algorithms, in feature order.</summary>
    public IReadOnlyList<IRecommenderTrainer> Components => _components;

    public RerankOptions Options { get; }

    internal TreeEnsemble Ranker { get; }

    public IReadOnlyDictionary<string, object> Parameters
    {
        get
        {
            var parameters = _components.ToDictionary(c => c.Name, c => (object)c.Parameters, StringComparer.Ordinal);
            parameters["reranker"] = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["trees"] = Ranker.TreeCount,
                ["leaves"] = Options.Leaves,
                ["learningRate"] = Options.LearningRate,
                ["candidatesPerModel"] = Options.CandidatesPerModel,
                ["scoreOnly"] = string.Join(",", Options.ScoreOnly),
                ["trendingCandidates"] = Options.TrendingCandidates,
            };
            return parameters;
        }
    }

    /// <summary>The same re-ranker under another name (reports tell variants apart by name).</summary>
    public RerankTrainer Renamed(string name) => new(_components, Ranker, Options, _catalogue, name);

    public IRecommender Fit(InteractionMatrix data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var models = new IRecommender[_components.Length];
        for (var c = 0; c < models.Length; c++)
        {
            models[c] = _components[c].Fit(data, cancellationToken);
        }

        return Build(models, data);
    }

    /// <summary>The re-ranker over components already fitted to <paramref name="data"/>.</summary>
    internal RerankModel Build(IReadOnlyList<IRecommender> components, InteractionMatrix data) =>
        new(components, ItemSignals.Build(data, _catalogue), Ranker, Options.Proposals(_components.Select(c => c.Name)), Options.TrendingCandidates);
}
