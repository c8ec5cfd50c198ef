namespace Tailor.Recommend.Reranking;

/// <summary>
/// The layout of one (user, candidate) feature vector: each component's score scaled by its best
/// score outside the history, the item's <see cref="ItemSignals"/>, the price against the user's
/// usual price, and two facts about the history (its length and how mainstream it is).
/// </summary>
internal static class RerankFeatures
{
    /// <summary>Features after the components' scores.</summary>
    public const int Extra = ItemSignals.Count + 3;

    public static int Count(int components) => components + Extra;

    /// <summary>Feature names, for reports of what the trees use.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<string> components) =>
    [
        .. components.Select(c => c + " score"),
        "trending", "popularity rank", "recent activity", "baseline activity", "days since first", "days since latest", "log price",
        "price / history median", "log history length", "history popularity rank",
    ];

    /// <summary>What the features need from the history, computed once per user.</summary>
    /// <param name="LogLength">log(1 + number of history items).</param>
    /// <param name="MeanPopularityRank">Mean popularity rank (log2) of the history items.</param>
    /// <param name="MedianPrice">Median price of the history items that have one, or <see cref="ItemSignals.Missing"/>.</param>
    public readonly record struct UserFacts(float LogLength, float MeanPopularityRank, float MedianPrice)
    {
        public static UserFacts Of(UserHistory history, ItemSignals signals)
        {
            var items = history.Items;
            if (items.Length == 0)
            {
                return new UserFacts(0, ItemSignals.Missing, ItemSignals.Missing);
            }

            var rankSum = 0f;
            var prices = new List<float>(items.Length);
            foreach (var item in items)
            {
                rankSum += signals.PopularityRank(item);
                if (signals.Prices[item] >= 0)
                {
                    prices.Add(signals.Prices[item]);
                }
            }

            prices.Sort();
            return new UserFacts(MathF.Log(1 + items.Length), rankSum / items.Length, prices.Count == 0 ? ItemSignals.Missing : prices[prices.Count / 2]);
        }
    }

    /// <summary>Writes the features after the components' scores for one candidate.</summary>
    public static void FillExtra(int item, ItemSignals signals, in UserFacts user, Span<float> destination)
    {
        signals.Copy(item, destination);
        var price = signals.Prices[item];
        destination[ItemSignals.Count] = price >= 0 && user.MedianPrice > 0 ? price / user.MedianPrice : ItemSignals.Missing;
        destination[ItemSignals.Count + 1] = user.LogLength;
        destination[ItemSignals.Count + 2] = user.MeanPopularityRank;
    }
}
