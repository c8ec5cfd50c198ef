using Tailor.Recommend.Algorithms;

namespace Tailor.Recommend;

/// <summary>
/// Answers recommendation queries from a trained bundle and the current catalogue: score, apply
/// business rules (filters, exclusions, boosts, diversity, caps), and explain every item.
/// Immutable and thread-safe; the server keeps one per model version.
/// </summary>
public sealed class RecommendationService(RecommenderBundle bundle, Catalogue catalogue)
{
    // The cold-start ranking depends only on the bundle, so it is computed once, not per request: every
    // customer without history or consent is served from it.
    private readonly Lazy<(float[] Scores, bool[] TrendingLeads)> _coldStart = new(() => ColdStart(bundle));

    public RecommenderBundle Bundle { get; } = bundle;

    public Catalogue Catalogue { get; } = catalogue;

    /// <summary>Personal recommendations for a history (a customer's or a session's); popular items when it is empty.</summary>
    public IReadOnlyList<Recommendation> Recommend(UserHistory history, RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var scores = new float[Bundle.Items.Count];
        // An empty history has no per-history work to share: no session (and no ALS system to build).
        using var session = history.IsEmpty ? null : Bundle.Main.Begin(history);
        session?.Score(scores);

        var selected = RecommendationRules.Select(scores, history, request, Catalogue, Bundle.Content ?? Bundle.Similar, exclude: -1);
        var reasons = Reasons(session, selected);
        var result = new List<Recommendation>(request.Count);
        for (var i = 0; i < selected.Count; i++)
        {
            result.Add(Explain(selected[i], scores[selected[i]], history, reasons[i]));
        }

        Backfill(result, history, request, exclude: -1);
        return result;
    }

    /// <summary>Items like <paramref name="itemId"/>: collaborative neighbours, with text neighbours for items too new to have any.</summary>
    public IReadOnlyList<Recommendation> Similar(string itemId, RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var item = RequireItem(itemId);
        var scores = new float[Bundle.Items.Count];
        // Collaborative similarity leads; content adds what people have not co-viewed yet, at half weight.
        AddNeighbours(Bundle.Similar, item, 1f, scores);
        AddNeighbours(Bundle.Content, item, 0.5f, scores);
        var selected = RecommendationRules.Select(scores, UserHistory.Empty, request with { ExcludePurchased = false }, Catalogue,
            Bundle.Content ?? Bundle.Similar, exclude: item);
        var title = Catalogue[item]?.Title ?? itemId;
        return selected.Select(i => Make(i, scores[i], $"Similar to {title}", ReasonKind.SimilarTo, itemId)).ToList();
    }

    /// <summary>Items often in the same order as <paramref name="itemId"/>, with the evidence in the reason.</summary>
    public IReadOnlyList<Recommendation> BoughtWith(string itemId, RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var item = RequireItem(itemId);
        var rules = Bundle.BoughtTogether?.Rules(item) ?? [];
        var scores = new float[Bundle.Items.Count];
        foreach (var rule in rules)
        {
            scores[rule.Item] = (float)rule.Confidence;
        }

        var selected = RecommendationRules.Select(scores, UserHistory.Empty, request with { ExcludePurchased = false, Diversity = 1 },
            Catalogue, null, exclude: item);
        var title = Catalogue[item]?.Title ?? itemId;
        return selected.Select(i =>
        {
            var rule = rules.First(r => r.Item == i);
            return Make(i, rule.Confidence,
                $"Bought with {title} in {rule.Count} orders ({rule.Confidence:P0} of its orders, {rule.Lift:F1}x chance)",
                ReasonKind.BoughtWith, itemId);
        }).ToList();
    }

    /// <summary>
    /// Orders the caller's candidates for this history, best first. Candidates the model does not know
    /// keep their order at the end with score 0; no rule removes a candidate.
    /// </summary>
    public IReadOnlyList<Recommendation> Rank(UserHistory history, IReadOnlyList<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(candidates);
        var scores = new float[Bundle.Items.Count];
        using var session = history.IsEmpty ? null : Bundle.Main.Begin(history);
        if (session is null)
        {
            Bundle.Popular.Score([], [], scores);
        }
        else
        {
            session.Score(scores);
        }

        var known = new List<(int Item, string Id)>();
        var unknown = new List<string>();
        foreach (var id in candidates.Distinct(StringComparer.Ordinal))
        {
            if (Bundle.Items.TryGetIndex(id, out var index))
            {
                known.Add((index, id));
            }
            else
            {
                unknown.Add(id);
            }
        }

        var order = known.OrderByDescending(k => scores[k.Item]).ThenBy(k => k.Item).Select(k => k.Item).ToList();
        var reasons = Reasons(session, order);
        var ranked = order
            .Select((item, i) => Explain(item, scores[item], history, reasons[i]) with { ReasonKind = history.IsEmpty ? ReasonKind.Popular : ReasonKind.Ranked })
            .ToList();
        ranked.AddRange(unknown.Select(id => new Recommendation(id, null, 0, "Not known to the model yet", ReasonKind.Ranked, null)));
        return ranked;
    }

    private void Backfill(List<Recommendation> result, UserHistory history, RecommendationRequest request, int exclude)
    {
        if (result.Count >= request.Count)
        {
            return;
        }

        // Too little personal signal: fill up with what is popular, under the same rules.
        var scores = _coldStart.Value.Scores;
        var taken = result.Select(r => Bundle.Items.IndexOf(r.ItemId)).ToHashSet();
        foreach (var item in RecommendationRules.Select(scores, history, request with { Count = request.Count + taken.Count }, Catalogue,
                     null, exclude))
        {
            if (result.Count >= request.Count)
            {
                break;
            }

            if (taken.Add(item))
            {
                var trending = _coldStart.Value.TrendingLeads[item];
                result.Add(Make(item, 0, trending ? "Popular right now" : "A bestseller",
                    trending ? ReasonKind.Trending : ReasonKind.Popular, null));
            }
        }
    }

    /// <summary>For each item, the position in the history that explains it best, or -1.</summary>
    private static int[] Reasons(IScoringSession? session, List<int> items)
    {
        var reasons = new int[items.Count];
        Array.Fill(reasons, -1);
        session?.StrongestReasons(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items), reasons);
        return reasons;
    }

    private Recommendation Explain(int item, double score, UserHistory history, int reason)
    {
        if (!history.IsEmpty)
        {
            if (reason >= 0)
            {
                var related = history.Items[reason];
                var title = Catalogue[related]?.Title ?? Bundle.Items[related];
                var verb = history.Sources[reason] switch
                {
                    HistorySource.Bought => "bought",
                    HistorySource.AddedToCart => "added to your cart",
                    HistorySource.Rated => "rated",
                    HistorySource.Clicked => "clicked on",
                    _ => "viewed",
                };
                return Make(item, score, $"Because you {verb} {title}", ReasonKind.BecauseOfHistory, Bundle.Items[related]);
            }
        }

        return Make(item, score, "Popular with customers like you", ReasonKind.Popular, null);
    }

    /// <summary>Popularity plus half-weighted trending, each scaled to its maximum; and whether trending leads per item.</summary>
    private static (float[] Scores, bool[] TrendingLeads) ColdStart(RecommenderBundle bundle)
    {
        var trending = bundle.Trending.Scores;
        var popular = bundle.Popular.Scores;
        var trendingMax = Math.Max(1e-6f, System.Numerics.Tensors.TensorPrimitives.Max(trending));
        var popularMax = Math.Max(1e-6f, System.Numerics.Tensors.TensorPrimitives.Max(popular));
        var scores = new float[popular.Length];
        var trendingLeads = new bool[popular.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            var rising = trending[i] / trendingMax;
            var bestseller = popular[i] / popularMax;
            scores[i] = (0.5f * rising) + bestseller;
            trendingLeads[i] = rising > 0.5f * bestseller;
        }

        return (scores, trendingLeads);
    }

    private Recommendation Make(int item, double score, string reason, ReasonKind kind, string? related) =>
        new(Bundle.Items[item], Catalogue[item]?.Title, Math.Round(score, 6), reason, kind, related);

    private static void AddNeighbours(NeighbourModel? model, int item, float weight, float[] scores)
    {
        if (model is null)
        {
            return;
        }

        foreach (var (neighbour, similarity) in model.Neighbours(item))
        {
            scores[neighbour] += weight * similarity;
        }
    }

    private int RequireItem(string itemId) =>
        Bundle.Items.TryGetIndex(itemId, out var item)
            ? item
            : throw new KeyNotFoundException($"Item '{itemId}' is not in the trained model; train again after adding it.");
}
