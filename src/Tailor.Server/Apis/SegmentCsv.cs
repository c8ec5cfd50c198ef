using System.Globalization;
using System.Text.Json;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Data.Csv;

namespace Tailor.Server.Apis;

/// <summary>A segment's customers as CSV for email tools: the API's export and the dashboard's download write the same file.</summary>
public static class SegmentCsv
{
    /// <summary>The file's columns.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["customer_id", "email", "country", "region", "segment", "r", "f", "m", "cluster", "clv", "churn_probability", "email_marketing_consent"];

    /// <summary>The CSV of the segment's customers in the newest analytics, and a file name naming preset and segment.</summary>
    /// <param name="store">The store.</param>
    /// <param name="shopId">The shop.</param>
    /// <param name="preset">The preset the segment belongs to.</param>
    /// <param name="name">The segment (a cluster's number for the clusters preset); the caller checks it exists.</param>
    /// <param name="emailOnly">Only customers who consented to marketing email.</param>
    public static (byte[] Content, string FileName) Build(ITailorStore store, string shopId, SegmentPreset preset, string name, bool emailOnly)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(name);
        var page = store.ReadCustomerInsights(shopId, new CustomerInsightQuery(preset, name, 0, int.MaxValue, emailOnly));
        var wanted = page.Customers.Select(c => c.CustomerId).ToHashSet(StringComparer.Ordinal);
        var profiles = store.ReadCustomers(shopId).Where(c => wanted.Contains(c.ExternalId)).ToDictionary(c => c.ExternalId, StringComparer.Ordinal);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvRecordWriter(text);
        csv.Header(Header);
        foreach (var c in page.Customers)
        {
            var profile = profiles.GetValueOrDefault(c.CustomerId);
            csv.Field(c.CustomerId);
            csv.Field(Email(profile?.Attributes));
            csv.Field(profile?.Country);
            csv.Field(profile?.Region);
            csv.Field(name);
            csv.Field(c.Rfm.R);
            csv.Field(c.Rfm.F);
            csv.Field(c.Rfm.M);
            csv.Field(c.Cluster);
            csv.Field(c.Value?.LifetimeValue);
            csv.Field(c.Churn?.Probability);
            csv.Field(profile?.Consent.EmailMarketing ?? false);
            csv.EndRow();
        }

        var file = $"{preset.Name()}-{string.Concat(name.Select(ch => char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-'))}.csv";
        return (System.Text.Encoding.UTF8.GetBytes(text.ToString()), file);
    }

    /// <summary>The "email" attribute, when the shop stores one: what an email tool keys on.</summary>
    private static string? Email(string? attributes)
    {
        if (attributes is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(attributes);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("email", out var email) && email.ValueKind == JsonValueKind.String
                ? email.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
