using System.Text.Json;
using Tailor.Data;

namespace Tailor.Recommend.Algorithms;

/// <summary>Turns an item into the terms a content model compares: words, category levels, tags and attributes.</summary>
internal static class ItemText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "is", "it", "its", "of", "on",
        "or", "that", "the", "this", "to", "was", "with", "you", "your", "our", "set", "de", "la", "le", "et",
    };

    /// <summary>Each term with its weight: words 1 per occurrence, fields <paramref name="fieldWeight"/>.</summary>
    public static Dictionary<string, float> Terms(Item item, float fieldWeight)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        AddWords(terms, item.Title, 1.5f);
        AddWords(terms, item.Description, 1f);
        if (item.Category is { Length: > 0 } category)
        {
            // Every level of the path, so "Home/Candles" is related to "Home/Vases".
            var path = "";
            foreach (var level in category.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                path = path.Length == 0 ? level.ToLowerInvariant() : path + "/" + level.ToLowerInvariant();
                Add(terms, "category:" + path, fieldWeight);
            }
        }

        foreach (var tag in item.Tags)
        {
            Add(terms, "tag:" + tag.Trim().ToLowerInvariant(), fieldWeight);
        }

        AddAttributes(terms, item.Attributes, fieldWeight);
        return terms;
    }

    private static void AddWords(Dictionary<string, float> terms, string? text, float weight)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var inWord = i < span.Length && char.IsLetterOrDigit(span[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = span[start..i].ToString().ToLowerInvariant();
                if (word.Length > 1 && !StopWords.Contains(word))
                {
                    Add(terms, word, weight);
                }

                start = -1;
            }
        }
    }

    private static void AddAttributes(Dictionary<string, float> terms, string? json, float weight)
    {
        if (string.IsNullOrEmpty(json))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number)
                {
                    Add(terms, $"attr:{property.Name.ToLowerInvariant()}={property.Value.ToString().ToLowerInvariant()}", weight);
                }
            }
        }
        catch (JsonException)
        {
            // Attributes were validated on import; anything unreadable here adds no terms rather than failing training.
        }
    }

    private static void Add(Dictionary<string, float> terms, string term, float weight) =>
        terms[term] = terms.GetValueOrDefault(term) + weight;
}
