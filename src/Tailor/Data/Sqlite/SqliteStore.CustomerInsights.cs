using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tailor.Customers;

namespace Tailor.Data.Sqlite;

/// <summary>Customer analytics: per-customer results of the newest "customers" version.</summary>
public sealed partial class SqliteStore
{
    private const string InsightColumns = """
        c.external_id, i.r, i.f, i.m, i.rfm11, i.rf10, i.cluster, i.p_alive, i.expected_purchases, i.p_purchase,
        i.expected_spend, i.expected_revenue, i.clv, i.churn_probability, i.churn_horizon_days, i.churn_model, i.churn_drivers
        """;

    // Only customers who still exist and still consent to analytics are read.
    private const string LatestInsights = """
        FROM customer_insights i JOIN customers c ON c.id = i.customer_id
        WHERE i.shop_id = $s AND c.erased = 0 AND c.consent_analytics = 1
          AND i.version = (SELECT max(version) FROM models WHERE shop_id = $s AND kind = 'customers')
        """;

    /// <inheritdoc />
    public int SaveCustomerAnalytics(string shopId, string? metricsJson, byte[] artefact, IReadOnlyList<CustomerInsight> customers)
    {
        ArgumentNullException.ThrowIfNull(artefact);
        ArgumentNullException.ThrowIfNull(customers);
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = InsertModel(connection, transaction, shopId, CustomerAnalytics.ModelKind, metricsJson, artefact);
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            // Customers unknown to the shop (erased while training ran) are skipped by the join.
            insert.CommandText = """
                INSERT INTO customer_insights (shop_id, version, customer_id, r, f, m, rfm11, rf10, cluster, p_alive, expected_purchases,
                  p_purchase, expected_spend, expected_revenue, clv, churn_probability, churn_horizon_days, churn_model, churn_drivers)
                SELECT $s, $v, id, $r, $f, $m, $rfm11, $rf10, $cluster, $alive, $purchases, $purchase, $spend, $revenue, $clv,
                  $churn, $horizon, $model, $drivers
                FROM customers WHERE shop_id = $s AND external_id = $c AND erased = 0
                """;
            insert.Parameters.AddWithValue("$s", shopId);
            insert.Parameters.AddWithValue("$v", version);
            var names = new[]
            {
                "$c", "$r", "$f", "$m", "$rfm11", "$rf10", "$cluster", "$alive", "$purchases", "$purchase", "$spend", "$revenue", "$clv",
                "$churn", "$horizon", "$model", "$drivers",
            };
            var parameters = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
            insert.Prepare();
            foreach (var c in customers)
            {
                object?[] values =
                [
                    c.CustomerId, c.Rfm.R, c.Rfm.F, c.Rfm.M, c.Rfm.Rfm11, c.Rfm.Rf10, c.Cluster,
                    c.Value?.ProbabilityAlive, c.Value?.ExpectedPurchases, c.Value?.ProbabilityAtLeastOne, c.Value?.ExpectedSpend,
                    c.Value?.ExpectedRevenue, c.Value?.LifetimeValue,
                    c.Churn?.Probability, c.Churn?.HorizonDays, c.Churn?.Model,
                    c.Churn is null ? null : JsonSerializer.Serialize(c.Churn.Drivers, CustomerAnalytics.Json),
                ];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].SqliteType = values[i] switch
                    {
                        int => SqliteType.Integer,
                        double => SqliteType.Real,
                        _ => SqliteType.Text,
                    };
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }

                insert.ExecuteNonQuery();
            }
        }

        using (var prune = connection.CreateCommand())
        {
            prune.Transaction = transaction;
            prune.CommandText = "DELETE FROM customer_insights WHERE shop_id = $s AND version <> $v";
            prune.Parameters.AddWithValue("$s", shopId);
            prune.Parameters.AddWithValue("$v", version);
            prune.ExecuteNonQuery();
        }

        transaction.Commit();
        return version;
    }

    /// <inheritdoc />
    public CustomerInsight? ReadCustomerInsight(string shopId, string customerId) =>
        Query(shopId, $"SELECT {InsightColumns} {LatestInsights} AND c.external_id = $c", ReadInsight, CancellationToken.None, ("$c", customerId))
            .FirstOrDefault();

    /// <inheritdoc />
    public CustomerInsightPage ReadCustomerInsights(string shopId, CustomerInsightQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        var (column, value) = SegmentFilter(query.Preset, query.Segment);
        var filter = $"{LatestInsights} AND {column} = $segment{(query.EmailMarketingOnly ? " AND c.consent_email = 1" : "")}";
        var version = Query(shopId, "SELECT coalesce(max(version), 0) FROM models WHERE shop_id = $s AND kind = 'customers'",
            r => r.GetInt32(0), CancellationToken.None).First();
        var total = Query(shopId, $"SELECT count(*) {filter}", r => r.GetInt32(0), CancellationToken.None, ("$segment", value)).First();
        var page = Query(shopId, $"SELECT {InsightColumns} {filter} ORDER BY c.external_id LIMIT $limit OFFSET $offset", ReadInsight,
            CancellationToken.None, ("$segment", value), ("$limit", query.Limit), ("$offset", query.Offset)).ToList();
        return new CustomerInsightPage(version, total, page);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> CountCustomerInsights(string shopId, SegmentPreset preset)
    {
        var (column, _) = SegmentFilter(preset, "0");
        return Query(shopId, $"SELECT {column}, count(*) {LatestInsights} AND {column} IS NOT NULL GROUP BY {column}",
                r => (Name: Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!, Count: r.GetInt32(1)), CancellationToken.None)
            .ToDictionary(p => p.Name, p => p.Count, StringComparer.Ordinal);
    }

    /// <summary>The column a preset's segment lives in, and the segment name as that column holds it.</summary>
    private static (string Column, object Value) SegmentFilter(SegmentPreset preset, string segment) => preset switch
    {
        SegmentPreset.Rfm11 => ("i.rfm11", segment),
        SegmentPreset.Rf10 => ("i.rf10", segment),
        SegmentPreset.Clusters => ("i.cluster", int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1),
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown segment preset."),
    };

    private static CustomerInsight ReadInsight(SqliteDataReader r)
    {
        double? Real(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        var value = r.IsDBNull(7)
            ? null
            : new CustomerValue(r.GetString(0), r.GetDouble(7), Real(8) ?? 0, Real(9) ?? 0, Real(10) ?? 0, Real(11) ?? 0, Real(12) ?? 0);
        var churn = r.IsDBNull(13)
            ? null
            : new ChurnRisk(r.GetDouble(13), r.GetInt32(14), r.GetString(15),
                JsonSerializer.Deserialize<List<ChurnDriver>>(r.GetString(16), CustomerAnalytics.Json) ?? []);
        return new CustomerInsight(r.GetString(0), new CustomerRfm(r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetString(5)),
            r.IsDBNull(6) ? null : r.GetInt32(6), value, churn);
    }
}
