using System.Globalization;
using Tailor.Marketing;

namespace Tailor.Data.Sqlite;

/// <summary>The shop's lift tests, which calibrate its response curves.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public void SaveLiftTest(string shopId, LiftTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        test.Validate();
        Execute("""
            INSERT INTO lift_tests (shop_id, channel, start_day, end_day, incremental, standard_error, outcome, saved_at)
            VALUES ($s, $channel, $start, $end, $incremental, $se, $outcome, $at)
            ON CONFLICT (shop_id, channel, start_day, end_day) DO UPDATE SET
              incremental = excluded.incremental, standard_error = excluded.standard_error, outcome = excluded.outcome, saved_at = excluded.saved_at
            """, shopId, ("$channel", test.Channel), ("$start", Day(test.Start)), ("$end", Day(test.End)), ("$incremental", test.Incremental),
            ("$se", test.StandardError), ("$outcome", MarketingOutcomeNames.Name(test.Outcome)),
            ("$at", UnixTime.ToMilliseconds(DateTimeOffset.UtcNow)));
    }

    /// <inheritdoc />
    public IReadOnlyList<LiftTest> ReadLiftTests(string shopId, CancellationToken cancellationToken = default) =>
        Query(shopId, """
            SELECT channel, start_day, end_day, incremental, standard_error, outcome
            FROM lift_tests WHERE shop_id = $s ORDER BY channel, start_day, end_day
            """,
            r => new LiftTest(r.GetString(0), ParseDay(r.GetString(1)), ParseDay(r.GetString(2)), r.GetDouble(3), r.GetDouble(4),
                MarketingOutcomeNames.TryParse(r.GetString(5), out var outcome) ? outcome : MarketingOutcome.Orders),
            cancellationToken).ToList();

    /// <inheritdoc />
    public bool DeleteLiftTest(string shopId, string channel, DateOnly start, DateOnly end) =>
        Execute("DELETE FROM lift_tests WHERE shop_id = $s AND channel = $channel AND start_day = $start AND end_day = $end", shopId,
            ("$channel", channel), ("$start", Day(start)), ("$end", Day(end))) > 0;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
