using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tailor.Experiments;

namespace Tailor.Data.Sqlite;

/// <summary>Experiments: definitions, exposures, outcomes, weight history.</summary>
public sealed partial class SqliteStore
{
    private const string ExperimentColumns = """
        e.key, e.variants, e.metric, e.bandit, e.source, e.window_hours, e.status, e.winner, e.created_at,
        (SELECT w.weights FROM experiment_weights w WHERE w.experiment_id = e.id ORDER BY w.effective_from DESC, w.id DESC LIMIT 1),
        (SELECT w.effective_from FROM experiment_weights w WHERE w.experiment_id = e.id ORDER BY w.effective_from DESC, w.id DESC LIMIT 1)
        """;

    private static readonly JsonSerializerOptions VariantJson = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public bool CreateExperiment(string shopId, ExperimentSpec spec, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        var at = UnixTime.ToMilliseconds(createdAt);
        double total = spec.Variants.Sum(v => v.Weight);
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO experiments (shop_id, key, variants, metric, status, created_at, bandit, source, window_hours)
            VALUES ($s, $key, $variants, $metric, 'running', $at, $bandit, $source, $window)
            ON CONFLICT (shop_id, key) DO NOTHING
            RETURNING id
            """;
        command.Parameters.AddWithValue("$s", shopId);
        command.Parameters.AddWithValue("$key", spec.Key);
        command.Parameters.AddWithValue("$variants", JsonSerializer.Serialize(spec.Variants, VariantJson));
        command.Parameters.AddWithValue("$metric", Word(spec.Metric));
        command.Parameters.AddWithValue("$at", at);
        command.Parameters.AddWithValue("$bandit", spec.Bandit);
        command.Parameters.AddWithValue("$source", Word(spec.Source));
        command.Parameters.AddWithValue("$window", (object?)spec.WindowHours ?? DBNull.Value);
        if (command.ExecuteScalar() is not long id)
        {
            return false;
        }

        using var weights = connection.CreateCommand();
        weights.Transaction = transaction;
        weights.CommandText = "INSERT INTO experiment_weights (experiment_id, effective_from, weights) VALUES ($e, $at, $w)";
        weights.Parameters.AddWithValue("$e", id);
        weights.Parameters.AddWithValue("$at", at);
        weights.Parameters.AddWithValue("$w", JsonSerializer.Serialize(spec.Variants.Select(v => v.Weight / total).ToArray()));
        weights.ExecuteNonQuery();
        transaction.Commit();
        return true;
    }

    /// <inheritdoc />
    public Experiment? FindExperiment(string shopId, string key) =>
        Query(shopId, $"SELECT {ExperimentColumns} FROM experiments e WHERE e.shop_id = $s AND e.key = $key", ReadExperiment,
            CancellationToken.None, ("$key", key)).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<Experiment> ListExperiments(string shopId) =>
        Query(shopId, $"SELECT {ExperimentColumns} FROM experiments e WHERE e.shop_id = $s ORDER BY e.created_at DESC, e.id DESC",
            ReadExperiment, CancellationToken.None).ToList();

    /// <inheritdoc />
    public ExperimentAssignment AssignOnce(string shopId, string key, string subject, string variant, DateTimeOffset exposedAt)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO experiment_assignments (experiment_id, subject, variant, exposed_at)
            SELECT id, $subject, $variant, $at FROM experiments WHERE shop_id = $s AND key = $key
            ON CONFLICT (experiment_id, subject) DO NOTHING
            """;
        command.Parameters.AddWithValue("$s", shopId);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$subject", subject);
        command.Parameters.AddWithValue("$variant", variant);
        command.Parameters.AddWithValue("$at", UnixTime.ToMilliseconds(exposedAt));
        var inserted = command.ExecuteNonQuery() == 1;
        var stored = FindAssignment(shopId, key, subject)
                     ?? throw new ArgumentException($"Shop '{shopId}' has no experiment '{key}'.", nameof(key));
        return stored with { FirstExposure = inserted };
    }

    /// <inheritdoc />
    public ExperimentAssignment? FindAssignment(string shopId, string key, string subject) =>
        Query(shopId, """
            SELECT a.variant, a.exposed_at FROM experiment_assignments a JOIN experiments e ON e.id = a.experiment_id
            WHERE e.shop_id = $s AND e.key = $key AND a.subject = $subject
            """,
            r => new ExperimentAssignment(key, subject, r.GetString(0), UnixTime.FromMilliseconds(r.GetInt64(1)), false),
            CancellationToken.None, ("$key", key), ("$subject", subject)).FirstOrDefault();

    /// <inheritdoc />
    public bool RecordOutcome(string shopId, string key, string subject, double value, DateTimeOffset occurredAt, string? idempotencyKey) =>
        Execute("""
            INSERT INTO experiment_outcomes (experiment_id, subject, value, occurred_at, idempotency_key)
            SELECT id, $subject, $value, $at, $idem FROM experiments WHERE shop_id = $s AND key = $key
            ON CONFLICT DO NOTHING
            """, shopId, ("$key", key), ("$subject", subject), ("$value", value), ("$at", UnixTime.ToMilliseconds(occurredAt)),
            ("$idem", (object?)idempotencyKey ?? DBNull.Value)) == 1;

    /// <inheritdoc />
    public IReadOnlyList<ExperimentObservation> ReadExperimentObservations(
        string shopId, string key, DateTimeOffset until, int prePeriodDays, CancellationToken cancellationToken = default)
    {
        var experiment = FindExperiment(shopId, key) ?? throw new ArgumentException($"Shop '{shopId}' has no experiment '{key}'.", nameof(key));
        // Outcomes count up to the report time and, with a window, only so long after the first exposure.
        const string inWindow = "<= $until AND ($window IS NULL OR {0} <= a.exposed_at + $window)";
        var outcomes = experiment.Source == OutcomeSource.Orders
            ? $"""
                (SELECT coalesce(sum(l.quantity * l.unit_price), 0) FROM orders o JOIN order_lines l ON l.order_id = o.id
                 WHERE o.customer_id = c.id AND o.ordered_at >= a.exposed_at AND o.ordered_at {string.Format(null, inWindow, "o.ordered_at")}),
                (SELECT count(*) FROM orders o
                 WHERE o.customer_id = c.id AND o.ordered_at >= a.exposed_at AND o.ordered_at {string.Format(null, inWindow, "o.ordered_at")}
                   AND (SELECT sum(l.quantity * l.unit_price) FROM order_lines l WHERE l.order_id = o.id) > 0)
                """
            : $"""
                (SELECT coalesce(sum(x.value), 0) FROM experiment_outcomes x
                 WHERE x.experiment_id = a.experiment_id AND x.subject = a.subject AND x.occurred_at {string.Format(null, inWindow, "x.occurred_at")}),
                (SELECT count(*) FROM experiment_outcomes x
                 WHERE x.experiment_id = a.experiment_id AND x.subject = a.subject AND x.value > 0
                   AND x.occurred_at {string.Format(null, inWindow, "x.occurred_at")})
                """;
        var sql = $"""
            SELECT a.subject, a.variant, a.exposed_at,
              {outcomes},
              (SELECT coalesce(sum(l.quantity * l.unit_price), 0) FROM orders o JOIN order_lines l ON l.order_id = o.id
               WHERE o.customer_id = c.id AND o.ordered_at >= a.exposed_at - $pre AND o.ordered_at < a.exposed_at),
              (SELECT count(*) FROM orders o
               WHERE o.customer_id = c.id AND o.ordered_at >= a.exposed_at - $pre AND o.ordered_at < a.exposed_at
                 AND (SELECT sum(l.quantity * l.unit_price) FROM order_lines l WHERE l.order_id = o.id) > 0)
            FROM experiments e
            JOIN experiment_assignments a ON a.experiment_id = e.id
            LEFT JOIN customers c ON c.shop_id = e.shop_id AND c.external_id = a.subject
            WHERE e.shop_id = $s AND e.key = $key
            ORDER BY a.exposed_at, a.subject
            """;
        object window = experiment.WindowHours is { } hours ? (long)Math.Round(hours * 3_600_000) : DBNull.Value;
        return Query(shopId, sql,
            r => new ExperimentObservation(r.GetString(0), r.GetString(1), UnixTime.FromMilliseconds(r.GetInt64(2)), r.GetDouble(3),
                r.GetInt32(4), r.GetDouble(5), r.GetInt32(6)),
            cancellationToken, ("$key", key), ("$until", UnixTime.ToMilliseconds(until)), ("$window", window),
            ("$pre", (long)prePeriodDays * 86_400_000)).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<ExperimentWeights> ReadExperimentWeights(string shopId, string key) =>
        Query(shopId, """
            SELECT w.effective_from, w.weights FROM experiment_weights w JOIN experiments e ON e.id = w.experiment_id
            WHERE e.shop_id = $s AND e.key = $key ORDER BY w.effective_from, w.id
            """,
            r => new ExperimentWeights(UnixTime.FromMilliseconds(r.GetInt64(0)), JsonSerializer.Deserialize<double[]>(r.GetString(1))!),
            CancellationToken.None, ("$key", key)).ToList();

    /// <inheritdoc />
    public bool SaveExperimentWeights(string shopId, string key, IReadOnlyList<double> weights, DateTimeOffset effectiveFrom, DateTimeOffset staleBefore)
    {
        ArgumentNullException.ThrowIfNull(weights);
        double total = weights.Sum();
        if (weights.Any(w => !(w > 0) || !double.IsFinite(w)))
        {
            throw new ArgumentException("Weights must be positive numbers.", nameof(weights));
        }

        // One statement, so two servers updating at once add one entry between them.
        return Execute("""
            INSERT INTO experiment_weights (experiment_id, effective_from, weights)
            SELECT e.id, $at, $w FROM experiments e
            WHERE e.shop_id = $s AND e.key = $key
              AND NOT EXISTS (SELECT 1 FROM experiment_weights w WHERE w.experiment_id = e.id AND w.effective_from > $stale)
            """, shopId, ("$key", key), ("$at", UnixTime.ToMilliseconds(effectiveFrom)),
            ("$w", JsonSerializer.Serialize(weights.Select(w => w / total).ToArray())), ("$stale", UnixTime.ToMilliseconds(staleBefore))) == 1;
    }

    /// <inheritdoc />
    public bool StopExperiment(string shopId, string key, string? winner) =>
        Execute("UPDATE experiments SET status = 'stopped', winner = $winner WHERE shop_id = $s AND key = $key", shopId,
            ("$key", key), ("$winner", (object?)winner ?? DBNull.Value)) > 0;

    /// <inheritdoc />
    public int ImportExposures(string shopId, string key, IReadOnlyList<HistoricalExposure> exposures)
    {
        ArgumentNullException.ThrowIfNull(exposures);
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var find = connection.CreateCommand();
        find.Transaction = transaction;
        find.CommandText = "SELECT id FROM experiments WHERE shop_id = $s AND key = $key";
        find.Parameters.AddWithValue("$s", shopId);
        find.Parameters.AddWithValue("$key", key);
        var id = find.ExecuteScalar() as long? ?? throw new ArgumentException($"Shop '{shopId}' has no experiment '{key}'.", nameof(key));
        using var assign = Prepared(connection, transaction, """
            INSERT INTO experiment_assignments (experiment_id, subject, variant, exposed_at) VALUES ($e, $subject, $variant, $at)
            ON CONFLICT (experiment_id, subject) DO NOTHING
            """, id, "$subject", "$variant", "$at");
        using var outcome = Prepared(connection, transaction,
            "INSERT INTO experiment_outcomes (experiment_id, subject, value, occurred_at) VALUES ($e, $subject, $value, $at)", id, "$subject", "$value", "$at");
        var stored = 0;
        foreach (var exposure in exposures)
        {
            var at = UnixTime.ToMilliseconds(exposure.ExposedAt);
            assign.Parameters["$subject"].Value = exposure.Subject;
            assign.Parameters["$variant"].Value = exposure.Variant;
            assign.Parameters["$at"].Value = at;
            if (assign.ExecuteNonQuery() == 0)
            {
                continue; // exposed already: keep the first exposure and its outcomes
            }

            stored++;
            if (exposure.Outcome is { } value)
            {
                outcome.Parameters["$subject"].Value = exposure.Subject;
                outcome.Parameters["$value"].Value = value;
                outcome.Parameters["$at"].Value = at;
                outcome.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return stored;
    }

    private static SqliteCommand Prepared(SqliteConnection connection, SqliteTransaction transaction, string sql, long experimentId, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$e", experimentId);
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static Experiment ReadExperiment(SqliteDataReader r)
    {
        var variants = JsonSerializer.Deserialize<ExperimentVariant[]>(r.GetString(1), VariantJson)!;
        var createdAt = UnixTime.FromMilliseconds(r.GetInt64(8));
        double total = variants.Sum(v => v.Weight);
        // Experiments created before the weight history existed (schema V0002) have no entry: their created weights hold.
        var weights = r.IsDBNull(9) ? variants.Select(v => v.Weight / total).ToArray() : JsonSerializer.Deserialize<double[]>(r.GetString(9))!;
        return new Experiment(
            r.GetString(0),
            variants,
            Enum.Parse<ExperimentMetric>(r.GetString(2), ignoreCase: true),
            r.GetBoolean(3),
            Enum.Parse<OutcomeSource>(r.GetString(4), ignoreCase: true),
            r.IsDBNull(5) ? null : r.GetDouble(5),
            Enum.Parse<ExperimentStatus>(r.GetString(6), ignoreCase: true),
            NullableString(r, 7),
            createdAt,
            weights,
            r.IsDBNull(10) ? createdAt : UnixTime.FromMilliseconds(r.GetInt64(10)));
    }

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
