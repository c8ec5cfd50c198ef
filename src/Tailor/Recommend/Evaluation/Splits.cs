namespace Tailor.Recommend.Evaluation;

/// <summary>
/// Train/test splits of an interaction list. Every split is deterministic: ties in time keep the
/// input order. Only interactions with a positive weight count as evidence of interest (a user
/// "has" an item, or it is relevant to them); cancellations stay in train, where the matrix nets
/// them out. A validation split is the same function applied to <see cref="DataSplit.Train"/>, so
/// it never sees test data (<see cref="Validation"/>).
/// </summary>
public static class Splits
{
    /// <summary>
    /// The temporal protocol: interactions before <paramref name="cutoff"/> are train; the test set is
    /// the distinct (user, item) pairs on or after it, for users with training history, leaving out
    /// pairs the user already has in train. Test users and items come in time order.
    /// </summary>
    public static DataSplit Temporal(IReadOnlyList<Interaction> interactions, DateTimeOffset cutoff)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var train = new List<Interaction>();
        var trainPairs = new HashSet<(string, string)>();
        var trainUsers = new HashSet<string>(StringComparer.Ordinal);
        var later = new List<int>();
        for (var i = 0; i < interactions.Count; i++)
        {
            var interaction = interactions[i];
            if (interaction.Timestamp < cutoff)
            {
                train.Add(interaction);
                if (interaction.Weight > 0)
                {
                    trainPairs.Add((interaction.User, interaction.Item));
                    trainUsers.Add(interaction.User);
                }
            }
            else
            {
                later.Add(i);
            }
        }

        SortByTime(interactions, later);
        var testPairs = new List<(string, string)>();
        foreach (var i in later)
        {
            var interaction = interactions[i];
            if (interaction.Weight > 0 && trainUsers.Contains(interaction.User)
                && !trainPairs.Contains((interaction.User, interaction.Item)))
            {
                testPairs.Add((interaction.User, interaction.Item));
            }
        }

        return new DataSplit(train, TestSet.FromPairs(testPairs));
    }

    /// <summary>
    /// The cut-off that puts the newest <paramref name="testFraction"/> of the interactions (at least
    /// one) on or after it. Interactions at the same instant as the cut-off all fall after it.
    /// </summary>
    public static DateTimeOffset CutoffAtFraction(IReadOnlyList<Interaction> interactions, double testFraction = EvaluationDefaults.TestFraction)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        CheckFraction(testFraction);
        if (interactions.Count < 2)
        {
            throw new ArgumentException("A temporal split needs at least two interactions.", nameof(interactions));
        }

        var times = new DateTimeOffset[interactions.Count];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = interactions[i].Timestamp;
        }

        Array.Sort(times);
        var testCount = Math.Clamp(FractionCount(testFraction, times.Length), 1, times.Length - 1);
        return times[times.Length - testCount];
    }

    /// <summary><see cref="Temporal"/> at the cut-off that holds out the newest <paramref name="testFraction"/> of all interactions.</summary>
    public static DataSplit TemporalFraction(IReadOnlyList<Interaction> interactions, double testFraction = EvaluationDefaults.TestFraction) =>
        Temporal(interactions, CutoffAtFraction(interactions, testFraction));

    /// <summary>
    /// Per user, in time order: the last <paramref name="testFraction"/> of the user's interactions
    /// (rounded down, at least one, never all) leave train, and the items among them with a positive
    /// weight that are not among the user's train items become the user's test items. Users with
    /// fewer than two distinct items stay in train only.
    /// </summary>
    public static DataSplit LeaveLastFraction(IReadOnlyList<Interaction> interactions, double testFraction = EvaluationDefaults.TestFraction)
    {
        CheckFraction(testFraction);
        return PerUser(interactions, count => FractionCount(testFraction, count));
    }

    /// <summary>
    /// As <see cref="LeaveLastFraction"/>, with each user's last <paramref name="n"/> interactions
    /// held out (fewer when the user has no more than <paramref name="n"/>: one always stays in train).
    /// </summary>
    public static DataSplit LeaveLastN(IReadOnlyList<Interaction> interactions, int n = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return PerUser(interactions, _ => n);
    }

    /// <summary>
    /// A validation split for tuning: <paramref name="split"/> applied to the training part of
    /// <paramref name="outer"/> only, so nothing of its test set is seen.
    /// </summary>
    public static DataSplit Validation(DataSplit outer, Func<IReadOnlyList<Interaction>, DataSplit> split)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(split);
        return split(outer.Train);
    }

    private static DataSplit PerUser(IReadOnlyList<Interaction> interactions, Func<int, int> testCount)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var byUser = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var userOrder = new List<List<int>>();
        for (var i = 0; i < interactions.Count; i++)
        {
            if (!byUser.TryGetValue(interactions[i].User, out var rows))
            {
                rows = [];
                byUser[interactions[i].User] = rows;
                userOrder.Add(rows);
            }

            rows.Add(i);
        }

        var held = new bool[interactions.Count];
        var testUsers = new List<TestUser>();
        var trainItems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rows in userOrder)
        {
            if (DistinctPositiveItems(interactions, rows) < 2)
            {
                continue;
            }

            SortByTime(interactions, rows);
            var tail = Math.Clamp(testCount(rows.Count), 1, rows.Count - 1);
            var first = rows.Count - tail;
            trainItems.Clear();
            for (var r = 0; r < first; r++)
            {
                if (interactions[rows[r]].Weight > 0)
                {
                    trainItems.Add(interactions[rows[r]].Item);
                }
            }

            var items = new List<string>();
            for (var r = first; r < rows.Count; r++)
            {
                var interaction = interactions[rows[r]];
                held[rows[r]] = true;
                if (interaction.Weight > 0 && !trainItems.Contains(interaction.Item))
                {
                    items.Add(interaction.Item);
                }
            }

            testUsers.Add(new TestUser(interactions[rows[0]].User, items));
        }

        var train = new List<Interaction>(interactions.Count);
        for (var i = 0; i < interactions.Count; i++)
        {
            if (!held[i])
            {
                train.Add(interactions[i]);
            }
        }

        return new DataSplit(train, new TestSet(testUsers));
    }

    private static int DistinctPositiveItems(IReadOnlyList<Interaction> interactions, List<int> rows)
    {
        string? firstItem = null;
        foreach (var i in rows)
        {
            if (interactions[i].Weight <= 0)
            {
                continue;
            }

            if (firstItem is null)
            {
                firstItem = interactions[i].Item;
            }
            else if (!string.Equals(firstItem, interactions[i].Item, StringComparison.Ordinal))
            {
                return 2;
            }
        }

        return firstItem is null ? 0 : 1;
    }

    /// <summary>Sorts positions by timestamp, ties by position, so equal times keep the input order.</summary>
    private static void SortByTime(IReadOnlyList<Interaction> interactions, List<int> positions) =>
        positions.Sort((a, b) =>
        {
            var byTime = interactions[a].Timestamp.CompareTo(interactions[b].Timestamp);
            return byTime != 0 ? byTime : a.CompareTo(b);
        });

    // The epsilon keeps 0.29 * 100 = 28.999999999999996 from rounding down to 28.
    private static int FractionCount(double fraction, int count) => (int)Math.Floor((fraction * count) + 1e-9);

    private static void CheckFraction(double fraction)
    {
        if (!(fraction > 0 && fraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The test fraction must lie strictly between 0 and 1.");
        }
    }
}
