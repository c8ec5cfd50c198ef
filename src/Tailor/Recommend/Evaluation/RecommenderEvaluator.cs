using System.Diagnostics;

namespace Tailor.Recommend.Evaluation;

/// <summary>
/// Offline evaluation: ranks the catalogue for every test user the training data knows, from the
/// user's training row, and measures the top k against the held-out items.
/// </summary>
public static class RecommenderEvaluator
{
    private const int RankingFields = 6;

    /// <summary>
    /// Evaluates <paramref name="model"/>. For each test user present in <paramref name="train"/>, the
    /// user's training row is the history passed to <see cref="IRecommender.Score"/>; candidates are
    /// all training items except the user's own (unless <see cref="EvaluationOptions.ExcludeTrainItems"/>
    /// is off); the best max(k) are kept, equal scores ranking the lower item index first. Users are
    /// scored in parallel, each into its own slot, and summed in test-set order afterwards, so the
    /// result never depends on thread timing. Test users unknown to training are counted in
    /// <see cref="EvaluationMetrics.SkippedUsers"/>. A test set is taken as given: a test item the user
    /// already trained on stays relevant (and, excluded from candidates, a certain miss); the
    /// <see cref="Splits"/> never produce one.
    /// </summary>
    /// <exception cref="ArgumentException">The model and the matrix disagree on the items, or a cut-off is below 1.</exception>
    public static EvaluationMetrics Evaluate(
        IRecommender model,
        InteractionMatrix train,
        TestSet test,
        EvaluationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        options ??= new EvaluationOptions();
        var cutoffs = CheckCutoffs(options.Cutoffs);
        if (model.ItemCount != train.ItemCount)
        {
            throw new ArgumentException(
                $"The model '{model.Name}' scores {model.ItemCount} items but the training matrix has {train.ItemCount}.", nameof(model));
        }

        var run = RankUsers(model, train, test, cutoffs, options, cancellationToken);
        return Aggregate(train, cutoffs, run, test.Count - run.Count);
    }

    /// <summary>
    /// Fits each trainer on <paramref name="train"/> (timing the fit) and evaluates its model on
    /// <paramref name="test"/>, one trainer at a time, in the given order.
    /// </summary>
    public static IReadOnlyList<TrainerEvaluation> EvaluateTrainers(
        IEnumerable<IRecommenderTrainer> trainers,
        InteractionMatrix train,
        TestSet test,
        EvaluationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trainers);
        var results = new List<TrainerEvaluation>();
        foreach (var trainer in trainers)
        {
            results.Add(EvaluateTrainer(trainer, train, test, options, cancellationToken));
        }

        return results;
    }

    /// <summary>Fits one trainer on <paramref name="train"/>, timing the fit, and evaluates the model.</summary>
    public static TrainerEvaluation EvaluateTrainer(
        IRecommenderTrainer trainer,
        InteractionMatrix train,
        TestSet test,
        EvaluationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var model = trainer.Fit(train, cancellationToken);
        var fitSeconds = clock.Elapsed.TotalSeconds;
        var metrics = Evaluate(model, train, test, options, cancellationToken);
        return new TrainerEvaluation(trainer.Name, fitSeconds, trainer.Parameters, metrics);
    }

    private static int[] CheckCutoffs(IReadOnlyList<int> cutoffs)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        if (cutoffs.Count == 0 || cutoffs.Any(k => k < 1))
        {
            throw new ArgumentException("Cut-offs must be one or more whole numbers of at least 1.", nameof(cutoffs));
        }

        return cutoffs.Distinct().Order().ToArray();
    }

    /// <summary>
    /// The ranked lists <see cref="Evaluate"/> measures, by external ids, for the test users the
    /// matrix knows: the same code path, exposed so tests can look at what was recommended.
    /// </summary>
    internal static IReadOnlyList<(string User, string[] Items)> RankedLists(
        IRecommender model,
        InteractionMatrix train,
        TestSet test,
        EvaluationOptions options)
    {
        var cutoffs = CheckCutoffs(options.Cutoffs);
        var run = RankUsers(model, train, test, cutoffs, options, CancellationToken.None);
        var result = new List<(string, string[])>(run.Count);
        for (var u = 0; u < run.Count; u++)
        {
            var list = run.List(u, run.MaxK);
            var ids = new string[list.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = train.Items[list[i]];
            }

            result.Add((train.Users[run.Rows[u]], ids));
        }

        return result;
    }

    /// <summary>
    /// Each evaluated user's value of a ranking metric (precision, recall, ndcg, map, hitrate or mrr at
    /// k), in test-set order, for paired comparisons of two models on the same users; null for the
    /// catalogue metrics (coverage, novelty, gini), which only exist for a whole list of users.
    /// </summary>
    internal static double[]? PerUser(IRecommender model, InteractionMatrix train, TestSet test, string metricKey)
    {
        var (metric, k) = MetricNames.Parse(metricKey);
        Func<RankingScores, double>? pick = metric switch
        {
            MetricNames.Precision => s => s.Precision,
            MetricNames.Recall => s => s.Recall,
            MetricNames.Ndcg => s => s.Ndcg,
            MetricNames.Map => s => s.AveragePrecision,
            MetricNames.HitRate => s => s.HitRate,
            MetricNames.Mrr => s => s.ReciprocalRank,
            _ => null,
        };
        if (pick is null)
        {
            return null;
        }

        var lists = RankedLists(model, train, test, new EvaluationOptions { Cutoffs = [k] });
        return [.. lists.Select(l => pick(RankingMetrics.Compute<string>(l.Items, test.ItemsOf(l.User).ToHashSet(StringComparer.Ordinal), k)))];
    }

    private static RankedUsers RankUsers(
        IRecommender model,
        InteractionMatrix train,
        TestSet test,
        int[] cutoffs,
        EvaluationOptions options,
        CancellationToken cancellationToken)
    {
        var users = Resolve(train, test);
        var maxK = cutoffs[^1];
        var count = users.Rows.Length;
        var lists = new int[count * maxK];
        var listLengths = new int[count];
        var ranking = new double[count * cutoffs.Length * RankingFields];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };
        Parallel.For(
            0,
            count,
            parallel,
            () => new Worker(train.ItemCount, maxK),
            (u, _, worker) =>
            {
                worker.Rank(model, train.UserItems, users.Rows[u], options.ExcludeTrainItems, lists.AsSpan(u * maxK, maxK), out listLengths[u]);
                worker.Measure(
                    lists.AsSpan(u * maxK, listLengths[u]),
                    users.Relevant(u),
                    users.RelevantCounts[u],
                    cutoffs,
                    ranking.AsSpan(u * cutoffs.Length * RankingFields, cutoffs.Length * RankingFields));
                return worker;
            },
            _ => { });
        return new RankedUsers(users.Rows, maxK, lists, listLengths, ranking);
    }

    private static EvaluationMetrics Aggregate(InteractionMatrix train, int[] cutoffs, RankedUsers run, int skipped)
    {
        var count = run.Count;
        var ranking = run.Ranking;
        var selfInformation = new double[train.ItemCount];
        var itemUsers = train.ItemUsers;
        for (var item = 0; item < selfInformation.Length; item++)
        {
            selfInformation[item] = CatalogueMetrics.SelfInformation(itemUsers.RowLength(item), Math.Max(train.UserCount, 1));
        }

        var results = new List<MetricsAtK>(cutoffs.Length);
        var exposures = new int[train.ItemCount];
        Span<double> sums = stackalloc double[RankingFields];
        for (var c = 0; c < cutoffs.Length; c++)
        {
            var k = cutoffs[c];
            Array.Clear(exposures);
            sums.Clear();
            var noveltySum = 0.0;
            var shown = 0L;
            for (var u = 0; u < count; u++)
            {
                var at = ((u * cutoffs.Length) + c) * RankingFields;
                for (var f = 0; f < RankingFields; f++)
                {
                    sums[f] += ranking[at + f];
                }

                var list = run.List(u, k);
                foreach (var item in list)
                {
                    exposures[item]++;
                    noveltySum += selfInformation[item];
                }

                shown += list.Length;
            }

            var users = Math.Max(count, 1);
            results.Add(new MetricsAtK(
                k,
                Precision: sums[0] / users,
                Recall: sums[1] / users,
                Ndcg: sums[2] / users,
                Map: sums[3] / users,
                HitRate: sums[4] / users,
                Mrr: sums[5] / users,
                Coverage: CatalogueMetrics.Coverage(exposures),
                Novelty: shown == 0 ? 0 : noveltySum / shown,
                Gini: CatalogueMetrics.Gini(exposures)));
        }

        return new EvaluationMetrics(count, skipped, results);
    }

    /// <summary>The test users the matrix knows, with their relevant item indices flattened into one array.</summary>
    private static ResolvedUsers Resolve(InteractionMatrix train, TestSet test)
    {
        var rows = new List<int>(test.Count);
        var relevantCounts = new List<int>(test.Count);
        var starts = new List<int>(test.Count + 1) { 0 };
        var indices = new List<int>(test.PairCount);
        foreach (var user in test.Users)
        {
            if (!train.Users.TryGetIndex(user.User, out var row))
            {
                continue;
            }

            rows.Add(row);
            relevantCounts.Add(user.Items.Count);
            indices.AddRange(user.ItemIndices(train.Items));
            starts.Add(indices.Count);
        }

        return new ResolvedUsers([.. rows], [.. relevantCounts], [.. starts], [.. indices]);
    }

    /// <param name="Rows">Matrix row of each evaluated user.</param>
    /// <param name="RelevantCounts">All relevant items of each user, known to training or not.</param>
    /// <param name="Starts">Where each user's known relevant indices start in <paramref name="Indices"/>.</param>
    /// <param name="Indices">Known relevant item indices, ascending within each user.</param>
    private sealed record ResolvedUsers(int[] Rows, int[] RelevantCounts, int[] Starts, int[] Indices)
    {
        public ReadOnlySpan<int> Relevant(int user) => Indices.AsSpan(Starts[user], Starts[user + 1] - Starts[user]);
    }

    /// <summary>Every evaluated user's top list (item indices, best first) and ranking metrics, in test-set order.</summary>
    /// <param name="Rows">Matrix row of each user.</param>
    /// <param name="MaxK">Room for each list in <paramref name="Lists"/>.</param>
    /// <param name="Lists">The lists, one slot of <paramref name="MaxK"/> per user.</param>
    /// <param name="Lengths">How much of each slot is filled (less than max k when there are fewer candidates).</param>
    /// <param name="Ranking">Per user, per cut-off, the six ranking metrics.</param>
    private sealed record RankedUsers(int[] Rows, int MaxK, int[] Lists, int[] Lengths, double[] Ranking)
    {
        public int Count => Rows.Length;

        public ReadOnlySpan<int> List(int user, int k) => Lists.AsSpan(user * MaxK, Math.Min(k, Lengths[user]));
    }

    /// <summary>Buffers for one thread, reused for every user it scores.</summary>
    private sealed class Worker(int itemCount, int maxK)
    {
        private readonly float[] _scores = new float[itemCount];
        private readonly TopKSelector _top = new(maxK);
        private readonly bool[] _hits = new bool[maxK];

        public void Rank(IRecommender model, SparseMatrix userItems, int row, bool excludeTrain, Span<int> list, out int length)
        {
            var history = userItems.RowColumns(row);
            model.Score(history, userItems.RowValues(row), _scores);
            _top.Clear();

            // The row's columns ascend, so one pointer walks past the user's own items.
            var next = 0;
            for (var item = 0; item < _scores.Length; item++)
            {
                if (excludeTrain && next < history.Length && history[next] == item)
                {
                    next++;
                    continue;
                }

                _top.Add(item, _scores[item]);
            }

            length = _top.DrainSorted(list);
        }

        public void Measure(ReadOnlySpan<int> list, ReadOnlySpan<int> relevant, int relevantCount, int[] cutoffs, Span<double> output)
        {
            var hits = _hits.AsSpan(0, list.Length);
            for (var i = 0; i < list.Length; i++)
            {
                hits[i] = relevant.BinarySearch(list[i]) >= 0;
            }

            for (var c = 0; c < cutoffs.Length; c++)
            {
                var scores = RankingMetrics.FromHits(hits, relevantCount, cutoffs[c]);
                var at = c * RankingFields;
                output[at] = scores.Precision;
                output[at + 1] = scores.Recall;
                output[at + 2] = scores.Ndcg;
                output[at + 3] = scores.AveragePrecision;
                output[at + 4] = scores.HitRate;
                output[at + 5] = scores.ReciprocalRank;
            }
        }
    }
}
