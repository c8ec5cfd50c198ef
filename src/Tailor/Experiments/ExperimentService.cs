using Tailor.Data;

namespace Tailor.Experiments;

/// <summary>
/// The experiment workflow over a store, shared by the CLI and the server: create, assign (logging the
/// first exposure), record outcomes, report, stop. Times come from the caller, so the engine never
/// reads the clock.
/// </summary>
public sealed class ExperimentService
{
    private readonly ITailorStore _store;
    private readonly ExperimentOptions _options;

    /// <summary>A service over <paramref name="store"/> with <paramref name="options"/> (defaults when null).</summary>
    public ExperimentService(ITailorStore store, ExperimentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new ExperimentOptions();
        _options.Validate();
    }

    /// <summary>Creates a running experiment.</summary>
    /// <exception cref="ArgumentException">The spec is invalid; the parameter name is the field.</exception>
    /// <exception cref="ExperimentException">The key is taken.</exception>
    public Experiment Create(string shopId, ExperimentSpec spec, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        if (!_store.CreateExperiment(shopId, spec, now))
        {
            throw new ExperimentException(ExperimentProblem.Conflict, $"Experiment '{spec.Key}' exists already; choose another key.");
        }

        return Get(shopId, spec.Key);
    }

    /// <summary>The experiment, or an <see cref="ExperimentException"/> when the shop has none with that key.</summary>
    public Experiment Get(string shopId, string key) =>
        _store.FindExperiment(shopId, key)
        ?? throw new ExperimentException(ExperimentProblem.NotFound, $"There is no experiment '{key}' in this shop.");

    /// <summary>Every experiment of the shop, newest first.</summary>
    public IReadOnlyList<Experiment> List(string shopId) => _store.ListExperiments(shopId);

    /// <summary>
    /// The subject's variant. The first call while the experiment runs picks it by hash and logs the
    /// exposure; later calls return the same variant. A bandit's weights are refreshed first when due.
    /// Once stopped, unexposed subjects get the winner (or the control) and nothing is logged.
    /// </summary>
    public ExperimentAssignment Assign(string shopId, string key, string subject, DateTimeOffset now)
    {
        RequireSubject(subject);
        var experiment = Get(shopId, key);
        if (_store.FindAssignment(shopId, key, subject) is { } existing)
        {
            return existing;
        }

        if (experiment.Status == ExperimentStatus.Stopped)
        {
            return new ExperimentAssignment(key, subject, experiment.Winner ?? experiment.Control, null, false);
        }

        if (experiment.Bandit && now - experiment.WeightsUpdatedAt >= TimeSpan.FromHours(_options.BanditUpdateHours))
        {
            experiment = UpdateBanditWeights(shopId, experiment, now);
        }

        var variant = experiment.Variants[ExperimentHash.Assign(key, subject, experiment.Weights)].Name;
        return _store.AssignOnce(shopId, key, subject, variant, now);
    }

    /// <summary>Records an outcome of an exposed subject; false when its idempotency key was seen before.</summary>
    /// <exception cref="ArgumentException">The value is not finite, or negative for a conversion.</exception>
    /// <exception cref="ExperimentException">Unknown experiment, a subject never exposed, or an experiment whose outcomes come from orders.</exception>
    public bool RecordOutcome(string shopId, string key, string subject, double value, DateTimeOffset occurredAt, string? idempotencyKey = null)
    {
        RequireSubject(subject);
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"The outcome value must be a finite number (was {value}).", "value");
        }

        var experiment = Get(shopId, key);
        if (experiment.Metric == ExperimentMetric.Conversion && value < 0)
        {
            throw new ArgumentException($"A conversion outcome is 1 (converted) or 0, not {value}.", "value");
        }

        if (experiment.Source == OutcomeSource.Orders)
        {
            throw new ExperimentException(ExperimentProblem.Conflict,
                $"Experiment '{key}' takes its outcomes from the customers' orders; import or post orders instead of logging outcomes.");
        }

        if (_store.FindAssignment(shopId, key, subject) is null)
        {
            throw new ExperimentException(ExperimentProblem.Conflict,
                $"Subject '{subject}' was never exposed to experiment '{key}': assign them first (an outcome without an exposure cannot be attributed).");
        }

        return _store.RecordOutcome(shopId, key, subject, value, occurredAt, string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim());
    }

    /// <summary>The report with outcomes up to <paramref name="now"/>.</summary>
    /// <param name="shopId">Shop.</param>
    /// <param name="key">Experiment key.</param>
    /// <param name="now">Outcomes up to this moment count.</param>
    /// <param name="options">Analysis options for this report (confidence, correction, ...); the service's when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public ExperimentReport Report(string shopId, string key, DateTimeOffset now, ExperimentOptions? options = null, CancellationToken cancellationToken = default)
    {
        var experiment = Get(shopId, key);
        return Analyze(shopId, experiment, now, options ?? _options, cancellationToken);
    }

    /// <summary>Stops the experiment: no new exposures; new subjects get <paramref name="winner"/> (null: the control).</summary>
    public Experiment Stop(string shopId, string key, string? winner)
    {
        var experiment = Get(shopId, key);
        if (winner is not null && experiment.IndexOf(winner) < 0)
        {
            throw new ArgumentException(
                $"Experiment '{key}' has no variant '{winner}'; its variants are {string.Join(", ", experiment.Variants.Select(v => v.Name))}.", "winner");
        }

        _store.StopExperiment(shopId, key, winner);
        return Get(shopId, key);
    }

    /// <summary>
    /// Turns an email campaign's A/B sends into an experiment ("email-CAMPAIGN-OUTCOME"): each send is
    /// an exposure to its variant at its send time, with the chosen result as the outcome. The
    /// variants get equal weights, so the SRM check tests an even split.
    /// </summary>
    /// <exception cref="ArgumentException">The shop has no sends of that campaign with two or more variants.</exception>
    public Experiment FromCampaign(string shopId, string campaignId, CampaignOutcome outcome, DateTimeOffset now)
    {
        var sends = _store.ReadCampaignSends(shopId).Where(s => s.CampaignId == campaignId && s.Variant is not null).ToList();
        var variants = sends.Select(s => s.Variant!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (variants.Count < 2)
        {
            throw new ArgumentException(
                $"Campaign '{campaignId}' has {(sends.Count == 0 ? "no sends with a variant" : $"only variant '{variants[0]}'")}; an experiment needs two or more.", "campaign");
        }

        var key = $"email-{campaignId}-{outcome.ToString().ToLowerInvariant()}";
        var metric = outcome == CampaignOutcome.Revenue ? ExperimentMetric.Revenue : ExperimentMetric.Conversion;
        var experiment = Create(shopId, new ExperimentSpec(key, variants.Select(v => new ExperimentVariant(v, 1)).ToList(), metric), now);
        _store.ImportExposures(shopId, key, sends.Select(s => new HistoricalExposure(s.CustomerId, s.Variant!, s.SentAt, outcome switch
        {
            CampaignOutcome.Opened => s.Opened ? 1 : null,
            CampaignOutcome.Clicked => s.Clicked ? 1 : null,
            CampaignOutcome.Converted => s.Converted ? 1 : null,
            _ => s.Revenue is { } revenue ? (double)revenue : null,
        })).ToList());
        return experiment;
    }

    private ExperimentReport Analyze(string shopId, Experiment experiment, DateTimeOffset now, ExperimentOptions options, CancellationToken cancellationToken)
    {
        options.Validate();
        var observations = _store.ReadExperimentObservations(shopId, experiment.Key, now, options.PrePeriodDays, cancellationToken);
        return ExperimentAnalyzer.Analyze(experiment, observations, _store.ReadExperimentWeights(shopId, experiment.Key), options, now);
    }

    private Experiment UpdateBanditWeights(string shopId, Experiment experiment, DateTimeOffset now)
    {
        // In burn-in the current weights are saved again: that restarts the interval, so the next check
        // comes an interval later instead of on every assignment.
        var weights = ThompsonBandit.NextWeights(Analyze(shopId, experiment, now, _options, CancellationToken.None), _options) ?? experiment.Weights;

        // Another process may have updated in the meantime; either way the stored weights are the ones to use.
        _store.SaveExperimentWeights(shopId, experiment.Key, weights, now, experiment.WeightsUpdatedAt);
        return Get(shopId, experiment.Key);
    }

    private static void RequireSubject(string subject)
    {
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > 200)
        {
            throw new ArgumentException("A subject is a customer id (or session id) of 1 to 200 characters.", "customerId");
        }
    }
}
