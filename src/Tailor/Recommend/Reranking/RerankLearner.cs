using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Tailor.Data;
using Tailor.Recommend.Evaluation;

namespace Tailor.Recommend.Reranking;

/// <summary>
/// Learns the re-ranker's trees (LambdaMART, ML.NET FastTree ranking, optimising NDCG) from a
/// validation period: the components are fitted to the interactions before it, propose candidates
/// for each user who bought in it, and a candidate's label is whether the user bought it there. Users
/// who bought none of their candidates teach a ranking nothing and are left out.
/// </summary>
public static class RerankLearner
{
    /// <summary>Fits the components to <paramref name="train"/> and learns the trees from <paramref name="validation"/>.</summary>
    /// <param name="components">Component algorithms, in feature order; the first orders the non-candidates.</param>
    /// <param name="train">Interactions before the validation period.</param>
    /// <param name="validation">What the users bought in the validation period.</param>
    /// <param name="catalogue">Items with prices, when known.</param>
    /// <param name="options">Candidates and tree settings.</param>
    /// <param name="name">Name of the resulting trainer.</param>
    /// <param name="cancellationToken">Stops the fits.</param>
    /// <exception cref="ArgumentException">Too few validation users bought one of their candidates (<see cref="RerankOptions.MinQueries"/>).</exception>
    public static RerankTrainer Learn(
        IReadOnlyList<IRecommenderTrainer> components,
        InteractionMatrix train,
        TestSet validation,
        IReadOnlyList<Item>? catalogue = null,
        RerankOptions? options = null,
        string name = RerankModel.AlgorithmName,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(train);
        var fitted = components.Select(c => c.Fit(train, cancellationToken)).ToArray();
        return Learn(components, fitted, train, validation, catalogue, options ?? new RerankOptions(), name, cancellationToken);
    }

    /// <summary>As the public overload, with the components already fitted to <paramref name="train"/>.</summary>
    internal static RerankTrainer Learn(
        IReadOnlyList<IRecommenderTrainer> components,
        IReadOnlyList<IRecommender> fitted,
        InteractionMatrix train,
        TestSet validation,
        IReadOnlyList<Item>? catalogue,
        RerankOptions options,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (components.Count == 0 || components.Count != fitted.Count)
        {
            throw new ArgumentException("The re-ranker needs at least one component, each fitted.", nameof(components));
        }

        var probe = new RerankModel(fitted, ItemSignals.Build(train, catalogue), null, options.Proposals(components.Select(c => c.Name)),
            options.TrendingCandidates);
        var rows = new List<RerankRow>();
        var queries = 0;
        var relevant = new HashSet<int>();
        foreach (var user in validation.Users)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!train.Users.TryGetIndex(user.User, out var row))
            {
                continue;
            }

            relevant.Clear();
            relevant.UnionWith(user.ItemIndices(train.Items));
            using var session = probe.BeginSession(UserHistory.FromRow(train.UserItems, row));
            var candidates = session.Candidates;
            if (!candidates.Any(relevant.Contains))
            {
                continue;
            }

            queries++;
            var features = session.Features;
            var width = probe.FeatureCount;
            for (var c = 0; c < candidates.Count; c++)
            {
                rows.Add(new RerankRow
                {
                    Label = relevant.Contains(candidates[c]) ? 1 : 0,
                    Query = (uint)queries,
                    Features = features.Slice(c * width, width).ToArray(),
                });
            }
        }

        if (queries < options.MinQueries)
        {
            throw new ArgumentException(
                $"Only {queries} validation users bought one of their candidates; the re-ranker needs at least {options.MinQueries}.",
                nameof(validation));
        }

        return new RerankTrainer(components, Fit(rows, queries, probe.FeatureCount, options), options, catalogue, name);
    }

    private static TreeEnsemble Fit(List<RerankRow> rows, int queries, int width, RerankOptions options)
    {
        var context = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(RerankRow));
        schema[nameof(RerankRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        schema[nameof(RerankRow.Query)].ColumnType = new KeyDataViewType(typeof(uint), queries + 1);
        var trainer = context.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
        {
            LabelColumnName = nameof(RerankRow.Label),
            FeatureColumnName = nameof(RerankRow.Features),
            RowGroupColumnName = nameof(RerankRow.Query),
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinRowsPerLeaf,
            // One thread: the same data must give the same trees.
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(context.Data.LoadFromEnumerable(rows, schema));
        return TreeEnsemble.From(model.Model.TrainedTreeEnsemble, width);
    }
}
