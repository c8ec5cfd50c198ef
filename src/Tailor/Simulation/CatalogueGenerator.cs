using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>Builds the catalogue: products and content per category, with text, prices and latent factors.</summary>
internal static class CatalogueGenerator
{
    // Share of products that launch during the period (cold start) and that get discontinued.
    private const double LaunchShare = 0.15;
    private const double DiscontinuedShare = 0.03;

    private sealed record Draft(
        ItemKind Kind, int Category, string Title, string Description, IReadOnlyList<string> Tags, decimal? Price,
        decimal? Cost, string Attributes, double CreatedAt, bool LaunchedInPeriod, double[] Factors, double Popularity);

    public static Catalogue Generate(ShopSimulatorOptions options, SimulationClock clock, Random rng)
    {
        var categories = CatalogueVocabulary.Categories;
        var dimensions = options.TasteDimensions;
        var centroids = new double[categories.Length][];
        for (var c = 0; c < centroids.Length; c++)
        {
            centroids[c] = GaussianVector(rng, dimensions, 1.0 / Math.Sqrt(dimensions));
        }

        var contentCount = (int)Math.Round(options.Items * options.ContentShare);
        var productCount = options.Items - contentCount;
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var drafts = new List<Draft>(options.Items);
        for (var k = 0; k < productCount; k++)
        {
            drafts.Add(Product(rng, k < categories.Length ? k : rng.Next(categories.Length), centroids, clock, titles));
        }

        for (var k = 0; k < contentCount; k++)
        {
            drafts.Add(ContentPiece(rng, k < categories.Length ? k : rng.Next(categories.Length), centroids, clock));
        }

        // Ids follow the order items entered the catalogue, as a shop's numbering would.
        var order = new int[drafts.Count];
        var created = new double[drafts.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            created[i] = drafts[i].CreatedAt;
        }

        Array.Sort(created, order);
        var width = Math.Max(4, options.Items.ToString(CultureInfo.InvariantCulture).Length);
        var items = new CatalogueItem[drafts.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            var draft = drafts[order[rank]];
            var discontinued = double.PositiveInfinity;
            int? stock = null;
            if (draft.Kind == ItemKind.Product)
            {
                if (rng.NextBool(DiscontinuedShare))
                {
                    discontinued = Math.Max(draft.CreatedAt + 30, rng.NextUniform(0.2, 0.9) * clock.Days);
                }

                stock = !double.IsPositiveInfinity(discontinued) || rng.NextBool(0.05)
                    ? 0
                    : (int)Math.Round(rng.NextLogNormal(Math.Log(40), 0.8));
            }

            var id = "I" + (rank + 1).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var record = new Item(
                id, draft.Kind, draft.Title, draft.Description, categories[draft.Category].Path, draft.Tags, draft.Price,
                draft.Cost, stock, Available: double.IsPositiveInfinity(discontinued), draft.Attributes,
                clock.Timestamp(draft.CreatedAt));
            items[rank] = new CatalogueItem
            {
                Record = record,
                Category = draft.Category,
                Factors = draft.Factors,
                Popularity = draft.Popularity,
                CreatedAt = draft.CreatedAt,
                DiscontinuedAt = discontinued,
                LaunchedInPeriod = draft.LaunchedInPeriod,
                Consumable = draft.Kind == ItemKind.Product && categories[draft.Category].Consumable,
            };
        }

        return new Catalogue(items, centroids);
    }

    private static Draft Product(Random rng, int category, double[][] centroids, SimulationClock clock, HashSet<string> titles)
    {
        var words = CatalogueVocabulary.Categories[category];
        string title;
        string material;
        string noun;
        var attempt = 0;
        do
        {
            material = rng.Pick(words.Materials);
            noun = rng.Pick(words.Nouns);
            title = Capitalise($"{rng.Pick(words.Styles)} {material} {noun} - {rng.Pick(words.Details)}");
            attempt++;
        }
        while (!titles.Add(title) && attempt < 20);

        var description = new StringBuilder();
        foreach (var phrase in TwoPhrases(rng, words))
        {
            description.Append(phrase.Replace("{noun}", noun, StringComparison.Ordinal)
                .Replace("{material}", material, StringComparison.Ordinal)).Append(' ');
        }

        description.Append("A lovely gift for ").Append(rng.Pick(CatalogueVocabulary.Occasions)).Append('.');

        var tags = new List<string>();
        var tagCount = 2 + rng.Next(2);
        while (tags.Count < tagCount)
        {
            var tag = rng.Pick(words.Tags);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        if (rng.NextBool(0.5))
        {
            tags.Add(rng.Pick(CatalogueVocabulary.SharedTags));
        }

        var rawPrice = Math.Max(2.5, rng.NextLogNormal(Math.Log(words.MedianPrice), 0.4));
        var price = rawPrice < 60 ? Math.Round((decimal)rawPrice) - 0.01m : (Math.Round((decimal)rawPrice / 5) * 5) - 0.01m;
        var margin = rng.NextUniform(0.3, 0.6);
        var cost = Math.Round(price * (decimal)(1 - margin), 2);
        var launched = rng.NextBool(LaunchShare);
        var createdAt = launched ? rng.NextUniform(0, 0.95) * clock.Days : -rng.NextUniform(30, 1500);
        var attributes = new JsonObject
        {
            ["material"] = material,
            ["colour"] = rng.Pick(CatalogueVocabulary.Colours),
        }.ToJsonString();
        return new Draft(
            ItemKind.Product, category, title, description.ToString(), tags, price, cost, attributes, createdAt, launched,
            ItemFactors(rng, centroids[category]), rng.NextGaussian() * 0.9);
    }

    private static Draft ContentPiece(Random rng, int category, double[][] centroids, SimulationClock clock)
    {
        var words = CatalogueVocabulary.Categories[category];
        var topic = rng.Pick(words.Topics);
        var title = Capitalise(rng.Pick(CatalogueVocabulary.ContentTemplates).Replace("{topic}", topic, StringComparison.Ordinal));
        var noun = rng.Pick(words.Nouns);
        var material = rng.Pick(words.Materials);
        var description = new StringBuilder("Our guide on how to ").Append(topic).Append(", with the ")
            .Append(noun).Append(" and ").Append(material).Append(" we love. ");
        foreach (var phrase in TwoPhrases(rng, words))
        {
            description.Append(phrase.Replace("{noun}", noun, StringComparison.Ordinal)
                .Replace("{material}", material, StringComparison.Ordinal)).Append(' ');
        }

        var tags = new List<string> { "guide", rng.Pick(words.Tags) };
        var launched = rng.NextBool(0.5);
        var createdAt = launched ? rng.NextUniform(0, 0.95) * clock.Days : -rng.NextUniform(30, 1000);
        var attributes = new JsonObject
        {
            ["topic"] = topic,
            ["reading_minutes"] = 3 + rng.Next(10),
        }.ToJsonString();
        return new Draft(
            ItemKind.Content, category, title, description.ToString().TrimEnd(), tags, null, null, attributes, createdAt,
            launched, ItemFactors(rng, centroids[category]), rng.NextGaussian() * 0.7);
    }

    private static string[] TwoPhrases(Random rng, CategoryVocabulary words)
    {
        var first = rng.Next(words.Phrases.Count);
        var second = (first + 1 + rng.Next(words.Phrases.Count - 1)) % words.Phrases.Count;
        return [words.Phrases[first], words.Phrases[second]];
    }

    /// <summary>Mostly the category centroid, partly the item's own direction; norm about 1.</summary>
    private static double[] ItemFactors(Random rng, double[] centroid)
    {
        var noise = GaussianVector(rng, centroid.Length, 1.0 / Math.Sqrt(centroid.Length));
        var factors = new double[centroid.Length];
        for (var d = 0; d < factors.Length; d++)
        {
            factors[d] = (0.8 * centroid[d]) + (0.6 * noise[d]);
        }

        return factors;
    }

    public static double[] GaussianVector(Random rng, int dimensions, double scale)
    {
        var vector = new double[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            vector[d] = scale * rng.NextGaussian();
        }

        return vector;
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
