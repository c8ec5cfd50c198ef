namespace Tailor.Marketing;

/// <summary>
/// Daily spend per channel and the daily outcome over one period, the input of
/// <see cref="ResponseCurveFitter"/>. Build it from store rows with <see cref="MarketingHistoryBuilder"/>.
/// </summary>
public sealed class MarketingHistory
{
    /// <summary>Creates a history and checks that its arrays agree.</summary>
    /// <param name="start">Date of day 0.</param>
    /// <param name="outcomeKind">What <paramref name="outcome"/> counts.</param>
    /// <param name="outcome">Outcome per day, oldest first; finite and non-negative.</param>
    /// <param name="channels">Channel names, unique and non-empty.</param>
    /// <param name="spend">Spend per channel (in the order of <paramref name="channels"/>), then per day; finite and non-negative.</param>
    /// <param name="valuePerOrder">Mean revenue of an order in shop currency, positive: turns orders into revenue for ROAS.</param>
    /// <param name="firstOutcomeDay">
    /// First day whose outcome is known (0 unless spend history starts before the outcome does; earlier
    /// days still feed the adstock).
    /// </param>
    /// <param name="events">
    /// Name of the holiday, sale or other event shaping each day, or null for an ordinary day; each
    /// name gets its own effect on the baseline, so a known peak is not credited to a channel. Null
    /// when the shop knows no events.
    /// </param>
    /// <param name="liftTests">
    /// Experiments that measured a channel's incremental outcome (see <see cref="LiftTest"/>); each names
    /// one of <paramref name="channels"/> and lies between the first outcome day and the last day. Null for none.
    /// </param>
    /// <exception cref="ArgumentException">
    /// Lengths disagree, a value is negative or not finite, names repeat, or a lift test is invalid, names
    /// an unknown channel or lies outside the period.
    /// </exception>
    public MarketingHistory(
        DateOnly start,
        MarketingOutcome outcomeKind,
        IReadOnlyList<double> outcome,
        IReadOnlyList<string> channels,
        IReadOnlyList<IReadOnlyList<double>> spend,
        double valuePerOrder,
        int firstOutcomeDay = 0,
        IReadOnlyList<string?>? events = null,
        IReadOnlyList<LiftTest>? liftTests = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(spend);
        if (channels.Count != spend.Count)
        {
            throw new ArgumentException($"There are {channels.Count} channel names but {spend.Count} spend series.", nameof(spend));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < channels.Count; c++)
        {
            if (string.IsNullOrWhiteSpace(channels[c]) || !names.Add(channels[c]))
            {
                throw new ArgumentException($"Channel name '{channels[c]}' at position {c} is empty or repeated.", nameof(channels));
            }

            if (spend[c] is null || spend[c].Count != outcome.Count)
            {
                throw new ArgumentException($"Spend of channel '{channels[c]}' has {spend[c]?.Count ?? 0} days but the outcome has {outcome.Count}.", nameof(spend));
            }

            for (var day = 0; day < outcome.Count; day++)
            {
                if (!double.IsFinite(spend[c][day]) || spend[c][day] < 0)
                {
                    throw new ArgumentException($"Spend of channel '{channels[c]}' on {start.AddDays(day):yyyy-MM-dd} is {spend[c][day]}; it must be finite and not negative.", nameof(spend));
                }
            }
        }

        for (var day = 0; day < outcome.Count; day++)
        {
            if (!double.IsFinite(outcome[day]) || outcome[day] < 0)
            {
                throw new ArgumentException($"The outcome on {start.AddDays(day):yyyy-MM-dd} is {outcome[day]}; it must be finite and not negative.", nameof(outcome));
            }
        }

        if (events is not null && events.Count != outcome.Count)
        {
            throw new ArgumentException($"There are {events.Count} event days but {outcome.Count} outcome days.", nameof(events));
        }

        if (!(double.IsFinite(valuePerOrder) && valuePerOrder > 0))
        {
            throw new ArgumentException($"The value per order must be positive (was {valuePerOrder}).", nameof(valuePerOrder));
        }

        if (firstOutcomeDay < 0 || firstOutcomeDay >= Math.Max(1, outcome.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(firstOutcomeDay), firstOutcomeDay, "The first outcome day must lie inside the period.");
        }

        foreach (var test in liftTests ?? [])
        {
            ArgumentNullException.ThrowIfNull(test, nameof(liftTests));
            if ((test.Problem() ?? LiftTestProblem(test, channels, start.AddDays(firstOutcomeDay), start.AddDays(outcome.Count - 1))) is { } problem)
            {
                throw new ArgumentException(problem, nameof(liftTests));
            }
        }

        Start = start;
        OutcomeKind = outcomeKind;
        Outcome = outcome.ToArray();
        Channels = channels.ToArray();
        Spend = spend.Select(s => s.ToArray()).ToArray();
        ValuePerOrder = valuePerOrder;
        FirstOutcomeDay = firstOutcomeDay;
        Events = events?.Select(e => string.IsNullOrWhiteSpace(e) ? null : e).ToArray() ?? new string?[outcome.Count];
        LiftTests = liftTests?.ToArray() ?? [];
    }

    /// <summary>Date of day 0.</summary>
    public DateOnly Start { get; }

    /// <summary>What <see cref="Outcome"/> counts.</summary>
    public MarketingOutcome OutcomeKind { get; }

    /// <summary>Outcome per day, oldest first.</summary>
    public IReadOnlyList<double> Outcome { get; }

    /// <summary>Channel names.</summary>
    public IReadOnlyList<string> Channels { get; }

    /// <summary>Spend per channel, then per day.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Spend { get; }

    /// <summary>Mean revenue of an order in shop currency.</summary>
    public double ValuePerOrder { get; }

    /// <summary>First day whose outcome enters the fit; earlier days only feed the adstock.</summary>
    public int FirstOutcomeDay { get; }

    /// <summary>Event name per day, null on ordinary days.</summary>
    public IReadOnlyList<string?> Events { get; }

    /// <summary>Experiments that measured a channel's incremental outcome; empty when there are none.</summary>
    public IReadOnlyList<LiftTest> LiftTests { get; }

    /// <summary>Why a lift test cannot calibrate curves fitted on this history (an unknown channel, days outside it); null when it can.</summary>
    public string? LiftTestProblem(LiftTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return LiftTestProblem(test, Channels, Start.AddDays(FirstOutcomeDay), Start.AddDays(Days - 1));
    }

    /// <summary>Number of days.</summary>
    public int Days => Outcome.Count;

    private static string? LiftTestProblem(LiftTest test, IReadOnlyList<string> channels, DateOnly first, DateOnly last) =>
        !channels.Contains(test.Channel)
            ? $"The lift test of '{test.Channel}' names a channel without spend rows; known channels: {string.Join(", ", channels)}."
            : test.Start < first || test.End > last
                ? $"The lift test of '{test.Channel}' runs {test.Start:yyyy-MM-dd} to {test.End:yyyy-MM-dd}, outside the history with both spend and orders ({first:yyyy-MM-dd} to {last:yyyy-MM-dd})."
                : null;

    /// <summary>Revenue one unit of the outcome is worth: the value per order for orders, 1 for revenue.</summary>
    public double RevenuePerUnit => OutcomeKind == MarketingOutcome.Orders ? ValuePerOrder : 1;
}
