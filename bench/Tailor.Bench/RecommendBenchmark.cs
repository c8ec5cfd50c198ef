using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tailor.Data;
using Tailor.Recommend;
using Tailor.Recommend.Algorithms;
using Tailor.Recommend.Evaluation;
using Tailor.Recommend.Reranking;
using Tailor.Recommend.Training;

namespace Tailor.Bench;

/// <summary>
/// Recommendation quality on the Online Retail split (every algorithm and auto) and the speed figures
/// of issue 3: ALS on 500,000 interactions, EASE on 4,000 items, one recommendation with rules.
/// </summary>
internal static class RecommendBenchmark
{
    public static string Run(string dataPath)
    {
        var md = new StringBuilder();
        md.AppendLine("## Recommendations");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineInfo.Describe()}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine("- Command: `bench/run recommend`");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Load average at the start: {MachineInfo.LoadAverage(all: true)} (on a shared machine speed figures are inflated by other work; quality figures are not)");
        md.AppendLine();
        var speedRows = new List<string>();
        Quality(dataPath, md, speedRows);
        Speed(md, speedRows);
        return md.ToString();
    }

    private static void Quality(string dataPath, StringBuilder md, List<string> speedRows)
    {
        var (split, catalogue) = OnlineRetailSplit.Split(dataPath);
        var options = new InteractionOptions { Binary = true, HalfLifeDays = null };
        var matrix = split.BuildTrainMatrix(options);
        var trainers = new[] { "popularity", "trending", "item-knn", "als", "ease" }
            .Select(n => AlgorithmCatalog.Create(n, matrix.ItemCount)).ToList();
        trainers.Add(new ContentTrainer(catalogue));

        // auto as `tailor train` runs it on an imported shop (with the catalogue), and on interactions alone.
        var families = AlgorithmCatalog.Families(matrix.ItemCount).Append([new ContentTrainer(catalogue)]).ToList();
        var clock = Stopwatch.StartNew();
        var auto = AutoSelection.Run(split.Train, options, families, catalogue: catalogue);
        var selectionSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var bare = AutoSelection.Run(split.Train, options, AlgorithmCatalog.Families(matrix.ItemCount));
        var bareSeconds = clock.Elapsed.TotalSeconds;
        trainers.Add(new BlendTrainer(auto.Blend.Components, auto.Blend.Weights, "auto, blend only"));
        trainers.Add(Renamed(bare.Trainer, "auto, interactions only"));
        trainers.Add(auto.Trainer);
        var results = RecommenderEvaluator.EvaluateTrainers(trainers, matrix, split.Test);

        md.AppendLine("### Online Retail: train before 2011-09-01, test = new items bought after it");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"{matrix.UserCount:N0} train users, {matrix.ItemCount:N0} items, {matrix.UserItems.NonZeros:N0} (customer, item) pairs; {split.Test.Count:N0} test users, {split.Test.PairCount:N0} test pairs. Candidates: all train items minus the user's own. Published reference points on this split: popularity 0.052, item kNN 0.112, implicit ALS (64 factors) 0.115, EASE (lambda 500) 0.124.");
        md.AppendLine();
        md.AppendLine("| algorithm | NDCG@10 | Precision@10 | Recall@10 | MAP@10 | HitRate@10 | Coverage@10 | Gini@10 | fit s |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var m = r.Metrics;
            var fit = r.Name switch
            {
                "auto" => r.FitSeconds + selectionSeconds,
                "auto, interactions only" => r.FitSeconds + bareSeconds,
                _ => r.FitSeconds,
            };
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {m["ndcg@10"]:F4} | {m["precision@10"]:F4} | {m["recall@10"]:F4} | {m["map@10"]:F4} | {m["hitrate@10"]:F4} | {m["coverage@10"]:F4} | {m["gini@10"]:F3} | {fit:F2} |");
        }

        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"auto = {Describe(auto)}. auto and content are given the catalogue as it stood at the cut-off (each item's first description as its title and its latest price before 2011-09-01), as `tailor train` has it on a shop imported with `--format online-retail`; the other rows use interactions only. Everything was chosen on validation periods carved from the training data (the newest 30% of it; the re-ranker's trees one period earlier), never on the test period; its fit time includes the search.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"auto, interactions only = the same selection without the catalogue (no content model, no prices): {Describe(bare)}.");
        md.AppendLine();
        md.AppendLine("auto, blend only = the blend auto found before trying the re-ranker.");
        md.AppendLine();

        var model = auto.Trainer.Fit(matrix);
        var (median, p99) = OneRecommendation(model, matrix, catalogue);
        speedRows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| one recommendation: auto ({model.Name} model) on Online Retail, {matrix.ItemCount:N0} items, 10 results, rules applied | {median:F0} µs (p99 {p99:F0} µs) | 2,000 |"));
    }

    private static IRecommenderTrainer Renamed(IRecommenderTrainer trainer, string name) => trainer switch
    {
        BlendTrainer blend => new BlendTrainer(blend.Components, blend.Weights, name),
        RerankTrainer rerank => rerank.Renamed(name),
        _ => trainer,
    };

    private static string Describe(AutoSelection.Result auto)
    {
        var blend = DescribeBlend(auto.Blend);
        var scores = auto.RerankValidationScore is { } rerank
            ? string.Create(CultureInfo.InvariantCulture, $"validation NDCG@10: re-ranker {rerank:F4} (trees learnt one period earlier), blend {auto.BlendValidationScore:F4} (tuned on the validation period itself); the re-ranker is kept only if it wins by more than two standard errors of the paired per-user gain (here {auto.RerankGainStandardError:F4})")
            : string.Create(CultureInfo.InvariantCulture, $"validation NDCG@10 of the blend {auto.BlendValidationScore:F4}; no re-ranker ({auto.RerankSkipped})");
        return auto.Trainer is RerankTrainer trainer
            ? string.Create(CultureInfo.InvariantCulture,
                $"a learned re-ranker (LambdaMART, {trainer.Options.Trees} trees of {trainer.Options.Leaves} leaves) over {string.Join(", ", trainer.Components.Select(DescribeComponent))}, candidates the top {trainer.Options.CandidatesPerModel} of {string.Join(", ", trainer.Components.Where(c => !trainer.Options.ScoreOnly.Contains(c.Name)).Select(c => c.Name))} plus {trainer.Options.TrendingCandidates} trending ({string.Join(", ", trainer.Options.ScoreOnly)} only lends its score); {scores}; the blend it beat: {blend}")
            : auto.RerankValidationScore is null ? $"{blend}; {scores}" : $"{blend} (the re-ranker did not beat it on validation by more than noise, so the blend is kept); {scores}";
    }

    private static string DescribeBlend(BlendTrainer blend) =>
        string.Join(" + ", blend.Components.Select((c, i) => (c, w: blend.Weights[i])).Where(p => p.w > 0)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.w:0.##} x {DescribeComponent(p.c)}")));

    private static string DescribeComponent(IRecommenderTrainer c) =>
        $"{c.Name}({string.Join(", ", c.Parameters.Where(kv => kv.Key is "lambda" or "alpha" or "factors" or "neighbours" or "weighting").Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {(kv.Value is float or double ? $"{Convert.ToDouble(kv.Value, CultureInfo.InvariantCulture):0.###}" : kv.Value)}")))})";

    private static void Speed(StringBuilder md, List<string> extraRows)
    {
        md.AppendLine("### Speed (in process, median of runs)");
        md.AppendLine();
        md.AppendLine("| what | median | runs |");
        md.AppendLine("|---|---:|---:|");
        var random = SyntheticMatrix(users: 20_000, items: 4_000, interactions: 500_000, seed: 11);
        var als = Median(3, () => new ImplicitAlsTrainer(new AlsOptions { Factors = 64, Iterations = 15 }).Fit(random));
        md.AppendLine(CultureInfo.InvariantCulture, $"| ALS fit, 64 factors, 15 iterations, {random.UserItems.NonZeros:N0} interactions (20,000 users x 4,000 items) | {als:F2} s | 3 |");
        var easeTrainer = new EaseTrainer();
        var ease = Median(3, () => easeTrainer.Fit(random));
        md.AppendLine(CultureInfo.InvariantCulture, $"| EASE fit, 4,000 items ({(easeTrainer.UsesNativeLapack ? "OpenBLAS LAPACK" : "managed inverse")}) | {ease:F2} s | 3 |");
        var managed = Median(1, () => new EaseTrainer(new EaseOptions { ManagedInverseOnly = true }).Fit(random));
        md.AppendLine(CultureInfo.InvariantCulture, $"| EASE fit, 4,000 items, managed inverse (no OpenBLAS installed) | {managed:F2} s | 1 |");

        var items = random.Items.Ids.Select((id, i) => new Item(id, ItemKind.Product, id, null, $"c{i % 20}", [], 10, 5, i % 50 == 0 ? 0 : 10, i % 97 != 0, null, null)).ToList();
        var (median, p99) = OneRecommendation(new EaseTrainer().Fit(random), random, items);
        md.AppendLine(CultureInfo.InvariantCulture, $"| one recommendation: EASE over 4,000 items, 10 results, rules applied (exclusions, stock, availability) | {median:F0} µs (p99 {p99:F0} µs) | 2,000 |");
        foreach (var row in extraRows)
        {
            md.AppendLine(row);
        }

        md.AppendLine();
    }

    private static (double Median, double P99) OneRecommendation(IRecommender model, InteractionMatrix matrix, IReadOnlyList<Item> items)
    {
        var bundle = new RecommenderBundle
        {
            Items = matrix.Items,
            Main = model,
            Popular = (PopularityModel)new PopularityTrainer().Fit(matrix),
            Trending = (PopularityModel)new PopularityTrainer(new PopularityOptions { Trending = true }).Fit(matrix),
            Options = new InteractionOptions(),
            TrainedAt = DateTimeOffset.UtcNow,
        };
        var service = new RecommendationService(bundle, new Catalogue(matrix.Items, items));
        var histories = Enumerable.Range(0, 200).Select(u => UserHistory.FromRow(matrix.UserItems, u)).ToArray();
        var request = new RecommendationRequest { Count = 10 };
        for (var i = 0; i < 200; i++)
        {
            service.Recommend(histories[i % histories.Length], request);
        }

        var times = new double[2000];
        for (var i = 0; i < times.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            service.Recommend(histories[i % histories.Length], request);
            times[i] = clock.Elapsed.TotalMicroseconds;
        }

        Array.Sort(times);
        return (times[times.Length / 2], times[(int)(times.Length * 0.99)]);
    }

    internal static double Median(int runs, Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>Users with popularity-skewed item choices, so the matrix looks like a shop's.</summary>
    private static InteractionMatrix SyntheticMatrix(int users, int items, int interactions, int seed)
    {
        var rng = new Random(seed);
        var entries = new List<(int, int, float)>(interactions);
        for (var n = 0; n < interactions; n++)
        {
            var item = (int)(items * Math.Pow(rng.NextDouble(), 2)); // popular items more often
            entries.Add((rng.Next(users), item, 1f));
        }

        return new InteractionMatrix(
            new IdMap(Enumerable.Range(0, users).Select(u => $"u{u}")),
            new IdMap(Enumerable.Range(0, items).Select(i => $"i{i}")),
            SparseMatrix.FromEntries(users, items, entries));
    }
}
