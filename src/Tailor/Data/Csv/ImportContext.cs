namespace Tailor.Data.Csv;

/// <summary>What row importers need to know about the shop and the run.</summary>
/// <param name="Zone">Time zone for timestamps without an offset.</param>
/// <param name="Now">The import's start, the default creation time.</param>
internal sealed record ImportContext(TimeZoneInfo Zone, DateTimeOffset Now)
{
    public bool TryTimestamp(ReadOnlySpan<char> text, out DateTimeOffset value) =>
        FieldParser.TryTimestamp(text, Zone, out value);

    /// <summary>Checks that a text is a JSON object, the form attributes are stored in.</summary>
    public static bool IsJsonObject(string text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
