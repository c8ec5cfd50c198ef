using System.Text.Json;

namespace Tailor.Reports;

/// <summary>Reads a model's metrics text, which training writes as a JSON object.</summary>
internal static class MetricsJson
{
    /// <summary>The object, or null when there are no metrics or they are not a JSON object.</summary>
    public static JsonElement? Parse(string? metrics)
    {
        if (string.IsNullOrWhiteSpace(metrics))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(metrics);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            // Metrics are informative; a model whose text is unreadable still serves.
            return null;
        }
    }

    /// <summary>The numbers of an object property, by name; empty when absent.</summary>
    public static Dictionary<string, double> Numbers(JsonElement element)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Number)
                {
                    numbers[property.Name] = property.Value.GetDouble();
                }
            }
        }

        return numbers;
    }
}
