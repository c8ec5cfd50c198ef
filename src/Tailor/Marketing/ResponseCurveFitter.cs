using System.Globalization;

namespace Tailor.Marketing;

/// <summary>
/// Fits channel response curves to a shop's history (marketing mix modelling):
/// <c>outcome[t] = baseline[t] * (1 + sum over channels of Lift * Hill(adstock[t]))</c>, where the log
/// baseline is a piecewise-linear trend plus day of week plus (with two years of history) a yearly
/// season, adstock is geometric and Hill saturates. The baseline multiplies the channels because a
/// campaign moves a share of the shop's demand, which grows with the customer base; on the log scale
/// this is baseline + seasonality + channels. Estimated by Poisson maximum likelihood (a
/// quasi-likelihood for revenue) with BFGS from several seeded starts; intervals come from a moving
/// block bootstrap of the residuals.
/// </summary>
public static class ResponseCurveFitter
{
    // Weekly spend of two channels moving together this closely cannot be split between them.
    private const double CollinearCorrelation = 0.9;

    // With fewer days off than this the response at zero spend is never seen, only extrapolated.
    private const int MinPausedDays = 7;

    // Weekly spend varying less than this (coefficient of variation) says nothing about the curve.
    private const double MinWeeklyVariation = 0.1;

    // A fit this many standard errors from a lift test's measurement disagrees with it.
    private const double MaxLiftTestDeviation = 2.5;

    // A dispersion this close to a Poisson count's changes the prior's weight too little to refit for.
    private const double MinDispersionToRefit = 1.1;

    /// <summary>Fits with default options.</summary>
    /// <inheritdoc cref="Fit(MarketingHistory, ResponseCurveOptions, CancellationToken)"/>
    public static ResponseCurveModel Fit(MarketingHistory history, CancellationToken cancellationToken = default) =>
        Fit(history, new ResponseCurveOptions(), cancellationToken);

    /// <summary>Fits response curves for every channel that spent something.</summary>
    /// <param name="history">Daily outcome and spend.</param>
    /// <param name="options">Seasonality, optimizer, bootstrap and identification settings.</param>
    /// <param name="cancellationToken">Checked at every likelihood evaluation.</param>
    /// <exception cref="ArgumentException">The history is shorter than 8 weeks, has no outcome, or an option is out of range.</exception>
    public static ResponseCurveModel Fit(MarketingHistory history, ResponseCurveOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var fitDays = history.Days - history.FirstOutcomeDay;
        if (fitDays < ResponseCurveDefaults.MinDays)
        {
            throw new ArgumentException(
                $"The history has {fitDays} days with an outcome; response curves need at least {ResponseCurveDefaults.MinDays}.", nameof(history));
        }

        var outcome = history.Outcome.ToArray();
        if (outcome.Skip(history.FirstOutcomeDay).Sum() <= 0)
        {
            throw new ArgumentException("The outcome is zero on every day: there is nothing to explain.", nameof(history));
        }

        var warnings = new List<string>();
        var active = new List<int>();
        for (var c = 0; c < history.Channels.Count; c++)
        {
            if (history.Spend[c].Any(s => s > 0))
            {
                active.Add(c);
            }
            else
            {
                warnings.Add($"Channel '{history.Channels[c]}' never spent anything and has no curve.");
            }
        }

        // Spend is measured in each channel's typical (mean non-zero) daily spend so every curve starts on the same scale.
        var typical = active.Select(c => history.Spend[c].Where(s => s > 0).Average()).ToArray();
        var scaled = active.Select((c, i) => history.Spend[c].Select(s => s / typical[i]).ToArray()).ToArray();
        var weight = new double[history.Days];
        Array.Fill(weight, 1.0, history.FirstOutcomeDay, fitDays);
        var yearly = fitDays >= options.YearlyMinDays && options.YearlyHarmonics > 0;
        var design = BaselineDesign.Build(
            history.Start, history.Days, options.TrendKnotDays, yearly ? options.YearlyHarmonics : 0, history.Events, history.FirstOutcomeDay);
        var (lifts, tests) = LiftEvidence(history, active, warnings);
        var likelihood = new MarketingLikelihood(design, outcome, weight, scaled, options.PriorWeight, lifts);
        var (estimate, _, converged) = CurveEstimation.Fit(likelihood, outcome, weight, options, new Random(options.Seed), cancellationToken);

        // Revenue, and the order counts of most real shops, vary more from day to day than a Poisson
        // count. The Poisson likelihood then claims more than the data know and the prior counts for
        // nothing: curves run to a step at a few euros of spend. As quasi-Poisson regression does, the
        // likelihood is divided by the Pearson dispersion (here by multiplying the weights of the prior and
        // the lift tests instead, the same optimum) and the curves are fitted again. Without a prior or a
        // test to weigh, the optimum would not move, so there is nothing to refit.
        var dispersion = Math.Max(1, CurveEstimation.Dispersion(likelihood, estimate, outcome, weight));
        var weighted = dispersion > MinDispersionToRefit && (options.PriorWeight > 0 || lifts.Length > 0) ? dispersion : 1;
        if (weighted != 1)
        {
            likelihood = new MarketingLikelihood(design, outcome, weight, scaled, options.PriorWeight, lifts, weighted);
            (estimate, _, converged) = CurveEstimation.Fit(likelihood, outcome, weight, options, new Random(options.Seed), cancellationToken);
        }

        if (!converged)
        {
            warnings.Add("The optimizer stopped before the likelihood was flat; the curves may be rough.");
        }

        var replicates = options.BootstrapReplicates > 0
            ? CurveEstimation.Bootstrap(likelihood, scaled, outcome, weight, estimate, history.FirstOutcomeDay, options, cancellationToken)
            : [];
        var names = active.Select(c => history.Channels[c]).ToArray();
        var draws = replicates.Select(r => Unpack(r, design, names, typical, history.Days, options.CurrentDays)).ToList();
        var point = Unpack(estimate, design, names, typical, history.Days, options.CurrentDays);
        var baseline = point.BaselineDailyOutcome;

        var profiles = active.Select(c => SpendProfile.Of(history.Spend[c].ToArray())).ToArray();
        var checks = LiftTestChecks(history, tests, likelihood.LiftTestMeans(estimate), warnings);
        var channels = new List<ChannelResponse>();
        for (var i = 0; i < active.Count; i++)
        {
            var tested = lifts.Any(l => l.Channel == i);
            channels.Add(Describe(history, active, i, baseline, point.Curves[i], draws, profiles, tested, options));
        }

        return new ResponseCurveModel(
            history.OutcomeKind,
            history.RevenuePerUnit,
            history.Start.AddDays(history.FirstOutcomeDay),
            history.Start.AddDays(history.Days - 1),
            baseline,
            channels.OrderBy(c => c.Channel, StringComparer.Ordinal).ToList(),
            draws.Select(d => Reorder(d, names)).ToList(),
            options.IntervalLevel,
            yearly,
            ExplainedDeviance(outcome, likelihood.Expected(estimate), history.FirstOutcomeDay),
            dispersion,
            checks,
            converged,
            warnings);
    }

    /// <summary>The history's lift tests in the likelihood's terms, and the tests used; a test of a channel that never spent is left out with a warning.</summary>
    private static (LiftEvidence[] Evidence, List<LiftTest> Used) LiftEvidence(MarketingHistory history, List<int> active, List<string> warnings)
    {
        var evidence = new List<LiftEvidence>();
        var used = new List<LiftTest>();
        foreach (var test in history.LiftTests)
        {
            var channel = active.FindIndex(c => history.Channels[c] == test.Channel);
            if (channel < 0)
            {
                warnings.Add($"The lift test of '{test.Channel}' was left out: the channel never spent anything, so it has no curve.");
                continue;
            }

            var perUnit = UnitsPerTestUnit(history, test);
            evidence.Add(new LiftEvidence(
                channel,
                test.Start.DayNumber - history.Start.DayNumber,
                test.End.DayNumber - history.Start.DayNumber,
                test.Incremental * perUnit,
                test.StandardError * perUnit));
            used.Add(test);
        }

        return ([.. evidence], used);
    }

    /// <summary>The fit's outcome units one unit of the test's outcome is worth: orders and revenue convert at the mean order value.</summary>
    private static double UnitsPerTestUnit(MarketingHistory history, LiftTest test) =>
        test.Outcome == history.OutcomeKind ? 1
        : test.Outcome == MarketingOutcome.Orders ? history.ValuePerOrder
        : 1 / history.ValuePerOrder;

    private static List<LiftTestCheck> LiftTestChecks(MarketingHistory history, List<LiftTest> tests, double[] fitted, List<string> warnings)
    {
        var checks = new List<LiftTestCheck>();
        for (var i = 0; i < tests.Count; i++)
        {
            var check = new LiftTestCheck(tests[i], fitted[i] / UnitsPerTestUnit(history, tests[i]));
            if (Math.Abs(check.Deviation) > MaxLiftTestDeviation)
            {
                // The curves are a compromise between the history and the test; far apart, one of them is off.
                warnings.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The curves put the lift test of '{check.Test.Channel}' ({check.Test.Start:yyyy-MM-dd} to {check.Test.End:yyyy-MM-dd}) at {check.Fitted:N1} a day against the measured {check.Test.Incremental:N1} ± {check.Test.StandardError:N1}: the history and the test disagree; check the test's dates, outcome and scale."));
            }

            checks.Add(check);
        }

        return checks;
    }

    private static ChannelResponse Describe(
        MarketingHistory history,
        List<int> active,
        int i,
        double baseline,
        ChannelCurve curve,
        List<ResponseCurveDraw> draws,
        SpendProfile[] profiles,
        bool tested,
        ResponseCurveOptions options)
    {
        var spend = history.Spend[active[i]];
        var days = history.Days;
        var window = Math.Min(options.CurrentDays, days);
        var current = spend.Skip(days - window).Average();
        var historical = spend.Average();
        var perUnit = history.RevenuePerUnit;
        var level = options.IntervalLevel;
        var response = Estimate.FromDraws(
            baseline * curve.RelativeLift(current), draws.Select(d => d.BaselineDailyOutcome * d.Curves[i].RelativeLift(current)).ToList(), level);
        var marginal = Estimate.FromDraws(
            baseline * perUnit * curve.Scaled(1).Slope(current),
            draws.Select(d => d.BaselineDailyOutcome * perUnit * d.Curves[i].Scaled(1).Slope(current)).ToList(), level);
        var decay = Estimate.FromDraws(curve.AdstockDecay, draws.Select(d => d.Curves[i].AdstockDecay).ToList(), level);
        var roas = current > 0 ? response.Times(perUnit / current) : null;

        var name = curve.Channel;
        var profile = profiles[i];
        var warnings = new List<string>();
        var identified = true;
        if (profile.SpendDays < options.MinSpendDays)
        {
            warnings.Add($"Spent on only {profile.SpendDays} days; a curve needs at least {options.MinSpendDays}.");
            identified = false;
        }

        if (profile.Levels < options.MinSpendLevels)
        {
            warnings.Add($"Weekly spend visited only {profile.Levels} distinct level(s); at least {options.MinSpendLevels} are needed to tell the curve's shape.");
            identified = false;
        }

        if (profile.WeeklyVariation < MinWeeklyVariation)
        {
            warnings.Add($"Weekly spend hardly varies ({profile.WeeklyVariation.ToString("P0", CultureInfo.InvariantCulture)}): the effect of changing it cannot be measured.");
            identified = false;
        }

        var paused = history.Days - profile.SpendDays;
        // A lift test measured the response at the spend it ran at; then nothing rests on extrapolating to zero.
        if (identified && paused < MinPausedDays && !tested)
        {
            warnings.Add($"Spend was never paused ({paused} days without spend): the response is extrapolated from the curve's shape down to zero spend.");
        }

        for (var j = 0; j < profiles.Length; j++)
        {
            var r = j == i ? 0 : profile.Correlation(profiles[j]);
            if (r > CollinearCorrelation)
            {
                warnings.Add($"Weekly spend moves with '{history.Channels[active[j]]}' (correlation {r.ToString("F2", CultureInfo.InvariantCulture)}): their effects cannot be told apart.");
                identified = false;
            }
        }

        if (identified && draws.Count > 0 && response.Upper - response.Lower > 2 * Math.Max(response.Value, 1e-12))
        {
            warnings.Add($"The {level.ToString("P0", CultureInfo.InvariantCulture)} interval of the response at current spend is wider than twice the estimate: treat the curve as a rough guide.");
        }

        if (curve.Lift >= 0.99 * ChannelTransform.MaxLift || curve.Shape <= 1.01 * ChannelTransform.MinShape)
        {
            // A curve held up by one of these limits still rises where the data end, so planning on it
            // moves money on the limit's assumption, not the data's: the channel is treated like any other
            // the history cannot identify.
            warnings.Add("The fit ran into a parameter limit (lift or shape): the history does not pin the curve down.");
            identified = false;
        }
        else if (curve.Shape >= 0.99 * ChannelTransform.MaxShape)
        {
            // A switch: nothing below the half-saturation, nearly all of the lift above it. The history says
            // where the switch is; only how sharp it is rests on the limit, which matters little to a plan.
            warnings.Add($"The curve is as steep as the fit allows (a switch at about {curve.HalfSaturation.ToString("N0", CultureInfo.InvariantCulture)} a day): spend well below that buys little.");
        }

        return new ChannelResponse(name, curve, current, historical, profile.Weekly.DefaultIfEmpty(historical).Max(), profile.SpendDays, profile.Levels, response, roas, marginal, decay, identified, warnings);
    }

    private static ResponseCurveDraw Unpack(double[] coordinates, BaselineDesign design, string[] names, double[] typical, int days, int currentDays)
    {
        var window = Math.Min(currentDays, days);
        var level = 0.0;
        for (var t = days - window; t < days; t++)
        {
            level += Math.Exp(design.Trend(coordinates, t));
        }

        level = level / window * design.MeanWeekdayMultiplier(coordinates);
        var curves = new ChannelCurve[names.Length];
        for (var c = 0; c < names.Length; c++)
        {
            var at = design.Columns + (ChannelTransform.Size * c);
            curves[c] = new ChannelCurve(
                names[c],
                ChannelTransform.Lift(coordinates[at]),
                ChannelTransform.HalfSaturation(coordinates[at + 1]) * typical[c],
                ChannelTransform.Shape(coordinates[at + 2]),
                ChannelTransform.Decay(coordinates[at + 3]));
        }

        return new ResponseCurveDraw(level, curves);
    }

    private static ResponseCurveDraw Reorder(ResponseCurveDraw draw, string[] names) =>
        draw with { Curves = draw.Curves.Select((c, i) => (c, names[i])).OrderBy(p => p.Item2, StringComparer.Ordinal).Select(p => p.c).ToList() };

    private static double ExplainedDeviance(double[] outcome, double[] expected, int first)
    {
        var mean = outcome.Skip(first).Average();
        double model = 0, constant = 0;
        for (var t = first; t < outcome.Length; t++)
        {
            model += Deviance(outcome[t], expected[t]);
            constant += Deviance(outcome[t], mean);
        }

        return constant > 0 ? 1 - (model / constant) : 0;
    }

    private static double Deviance(double y, double mu) => 2 * ((y > 0 ? y * Math.Log(y / mu) : 0) - (y - mu));
}
