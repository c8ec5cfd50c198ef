using Tailor.Data;
using Tailor.Recommend.Algorithms;

namespace Tailor.Recommend;

/// <summary>Business rules applied after scoring: eligibility, boosts, diversity (MMR) and per-category caps.</summary>
internal static class RecommendationRules
{
    /// <summary>Item indices to show, best first; only items with a positive score qualify.</summary>
    public static List<int> Select(
        ReadOnlySpan<float> scores, UserHistory history, RecommendationRequest request, Catalogue catalogue,
        NeighbourModel? similarity, int exclude)
    {
        var now = request.Now ?? DateTimeOffset.UtcNow;
        var seen = request.ExcludeSeen ? history.Items.ToHashSet() : null;
        // Enough candidates for diversity and caps to choose from; without either, the pool's head is
        // the answer, so the pool need hold no more than the answer.
        var poolSize = TakesHead(request, similarity) ? request.Count : (request.Count * 5) + 50;
        var pool = CandidatePool.Best(scores, poolSize, MaxBoost(request), (i, raw) =>
            i != exclude && catalogue[i] is { } item && Eligible(i, item, history, request, catalogue, seen)
                ? raw * Boost(item, request, now)
                : null);
        return Pick(pool, request, catalogue, similarity);
    }

    private static bool Eligible(int index, Item item, UserHistory history, RecommendationRequest request, Catalogue catalogue, HashSet<int>? seen)
    {
        if (!item.Available || (!request.IncludeOutOfStock && item.Stock is <= 0))
        {
            return false;
        }

        if ((request.Kind is { } kind && item.Kind != kind)
            || (request.MinPrice is { } min && (item.Price is not { } low || low < min))
            || (request.MaxPrice is { } max && (item.Price is not { } high || high > max)))
        {
            return false;
        }

        if (request.Category is { Length: > 0 } category && !InCategory(item.Category, category))
        {
            return false;
        }

        if (seen?.Contains(index) == true)
        {
            return false;
        }

        return !request.ExcludePurchased || !history.Bought.Contains(index)
            || (catalogue.TopCategory(index) is { } top && request.RepeatPurchaseCategories.Contains(top));
    }

    private static bool InCategory(string? itemCategory, string wanted) =>
        itemCategory is not null
        && (itemCategory.Equals(wanted, StringComparison.OrdinalIgnoreCase)
            || itemCategory.StartsWith(wanted.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>The largest factor <see cref="Boost"/> can give any item under this request.</summary>
    private static double MaxBoost(RecommendationRequest request) =>
        (1 + Math.Max(0, request.MarginBoost)) * (1 + Math.Max(0, request.NewItemBoost));

    private static double Boost(Item item, RecommendationRequest request, DateTimeOffset now)
    {
        var boost = 1.0;
        if (request.MarginBoost > 0 && item.Price is > 0 and { } price && item.Cost is { } cost)
        {
            boost *= 1 + (request.MarginBoost * (double)Math.Clamp((price - cost) / price, 0, 1));
        }

        if (request.NewItemBoost > 0 && item.CreatedAt is { } created && (now - created).TotalDays <= request.NewItemDays)
        {
            boost *= 1 + request.NewItemBoost;
        }

        return boost;
    }

    /// <summary>Whether neither diversity nor a per-category cap applies, so the best items are simply taken in order.</summary>
    private static bool TakesHead(RecommendationRequest request, NeighbourModel? similarity) =>
        (similarity is null || request.Diversity >= 1) && request.MaxPerCategory is null;

    /// <summary>Greedy maximal marginal relevance with the category cap applied as items are taken.</summary>
    private static List<int> Pick(List<(int Item, double Score)> pool, RecommendationRequest request, Catalogue catalogue, NeighbourModel? similarity)
    {
        var picked = new List<int>(request.Count);
        var lambda = similarity is null ? 1 : request.Diversity;
        if (TakesHead(request, similarity))
        {
            // Neither diversity nor caps: the sorted pool's head is the answer.
            for (var i = 0; i < pool.Count && picked.Count < request.Count; i++)
            {
                picked.Add(pool[i].Item);
            }

            return picked;
        }

        var perCategory = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var maxScore = pool.Count > 0 ? pool[0].Score : 1;
        var remaining = new List<(int Item, double Score)>(pool);
        while (picked.Count < request.Count && remaining.Count > 0)
        {
            var best = -1;
            var bestValue = double.NegativeInfinity;
            for (var r = 0; r < remaining.Count; r++)
            {
                var (item, score) = remaining[r];
                var redundancy = 0.0;
                if (lambda < 1)
                {
                    foreach (var p in picked)
                    {
                        redundancy = Math.Max(redundancy, similarity!.Similarity(item, p));
                    }
                }

                var value = (lambda * score / maxScore) - ((1 - lambda) * redundancy);
                if (value > bestValue)
                {
                    bestValue = value;
                    best = r;
                }

                if (lambda >= 1)
                {
                    break; // the pool is sorted: without diversity the first remaining item is the best
                }
            }

            var chosen = remaining[best].Item;
            remaining.RemoveAt(best);
            if (request.MaxPerCategory is { } cap && catalogue.TopCategory(chosen) is { } top)
            {
                var count = perCategory.GetValueOrDefault(top);
                if (count >= cap)
                {
                    continue;
                }

                perCategory[top] = count + 1;
            }

            picked.Add(chosen);
        }

        return picked;
    }
}
