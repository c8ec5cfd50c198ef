namespace Tailor.Marketing;

/// <summary>
/// The negative Poisson log-likelihood (a quasi-likelihood for revenue) of the outcome
/// mu[t] = exp(baseline[t]) * (1 + sum over channels of lift * Hill(adstock[t])), divided by the total
/// outcome so its size does not depend on the shop's volume, with its analytic gradient. Coordinates:
/// the baseline coefficients, then <see cref="ChannelTransform.Size"/> per channel. Holds scratch
/// buffers, so one instance serves one thread. A weak prior keeps curves the data cannot pin down
/// near ordinary ones: log shape ~ Normal(0, <see cref="ShapePriorSd"/>) and log(half-saturation /
/// typical spend) ~ Normal(0, <see cref="HalfSaturationPriorSd"/>), times the prior weight. Lift
/// tests add a Normal term each: the measured incremental outcome a day against the model's mean of
/// baseline x lift x Hill over the test's days. With a dispersion above 1 the Poisson part counts for
/// 1 / dispersion of a likelihood; the prior and the lift tests, which are not overdispersed, are
/// multiplied by the dispersion instead (the same optimum).
/// </summary>
internal sealed class MarketingLikelihood
{
    private readonly BaselineDesign _design;
    private readonly double[] _outcome;
    private readonly double[] _weight;
    private readonly double[][] _spend;
    private readonly double _scale;
    private readonly double _priorWeight;
    private readonly double _dispersion;
    private readonly LiftEvidence[] _lifts;
    private readonly double[] _level;
    private readonly double[] _multiplier;
    private readonly double[][] _hill;
    private readonly double[][] _hillByHalf;
    private readonly double[][] _hillByShape;
    private readonly double[][] _hillByDecay;

    /// <param name="design">Baseline columns.</param>
    /// <param name="outcome">Outcome per day.</param>
    /// <param name="weight">Weight per day: 0 for days that only feed the adstock.</param>
    /// <param name="spend">Spend per channel and day, already divided by each channel's typical spend.</param>
    /// <param name="priorWeight">Multiplier of the prior's log density; 0 for plain maximum likelihood.</param>
    /// <param name="lifts">Lift tests of the channels, in the fit's outcome unit; null for none.</param>
    /// <param name="dispersion">Overdispersion of the outcome (1 for a Poisson count): the prior and the lift tests weigh this much more.</param>
    public MarketingLikelihood(
        BaselineDesign design, double[] outcome, double[] weight, double[][] spend, double priorWeight, LiftEvidence[]? lifts = null, double dispersion = 1)
    {
        _priorWeight = priorWeight;
        _dispersion = dispersion;
        _lifts = lifts ?? [];
        _design = design;
        _outcome = outcome;
        _weight = weight;
        _spend = spend;
        var total = 0.0;
        for (var t = 0; t < outcome.Length; t++)
        {
            total += weight[t] * outcome[t];
        }

        _scale = total > 0 ? 1 / total : 1;
        var days = outcome.Length;
        _level = new double[days];
        _multiplier = new double[days];
        _hill = NewBuffers(spend.Length, days);
        _hillByHalf = NewBuffers(spend.Length, days);
        _hillByShape = NewBuffers(spend.Length, days);
        _hillByDecay = NewBuffers(spend.Length, days);
    }

    /// <summary>
    /// Standard deviation of the prior on the log Hill shape: shapes of 0.37 to 2.7 are within one, the
    /// range MMM tools allow (Robyn's alpha runs from 0.5 to 3). A tighter prior (0.5 before) pulled
    /// S-shaped channels towards shape 1 even with two years of daily data, and a curve flattened that
    /// way overstates both the first euros and the spend beyond the history's highest week.
    /// </summary>
    public const double ShapePriorSd = 1;

    /// <summary>Standard deviation of the prior on the log half-saturation in typical spends.</summary>
    public const double HalfSaturationPriorSd = 1;

    public int Dimension => _design.Columns + (ChannelTransform.Size * _spend.Length);

    public int Channels => _spend.Length;

    /// <summary>Weight of the prior, before the dispersion multiplies it.</summary>
    public double PriorWeight => _priorWeight;

    /// <summary>How much more than a Poisson count's the prior and the lift tests weigh.</summary>
    public double Dispersion => _dispersion;

    /// <summary>The lift tests.</summary>
    public IReadOnlyList<LiftEvidence> Lifts => _lifts;

    public BaselineDesign Design => _design;

    /// <summary>Expected outcome per day at the given coordinates.</summary>
    public double[] Expected(ReadOnlySpan<double> coordinates)
    {
        Forward(coordinates, needGradient: false);
        var mu = new double[_level.Length];
        for (var t = 0; t < mu.Length; t++)
        {
            mu[t] = _level[t] * _multiplier[t];
        }

        return mu;
    }

    /// <summary>The lift tests' incremental outcome a day as the model at the given coordinates has it, in the order given.</summary>
    public double[] LiftTestMeans(ReadOnlySpan<double> coordinates)
    {
        Forward(coordinates, needGradient: false);
        var columns = _design.Columns;
        var means = new double[_lifts.Length];
        for (var i = 0; i < _lifts.Length; i++)
        {
            means[i] = Modelled(_lifts[i], ChannelTransform.Lift(coordinates[columns + (ChannelTransform.Size * _lifts[i].Channel)]));
        }

        return means;
    }

    /// <summary>The scaled negative log-likelihood; writes its gradient.</summary>
    public double Evaluate(ReadOnlySpan<double> coordinates, Span<double> gradient) => Evaluate(coordinates, gradient, _outcome);

    /// <summary>As <see cref="Evaluate(ReadOnlySpan{double}, Span{double})"/> for another outcome series (a bootstrap replicate).</summary>
    public double Evaluate(ReadOnlySpan<double> coordinates, Span<double> gradient, double[] outcome)
    {
        Forward(coordinates, needGradient: true);
        var columns = _design.Columns;
        gradient.Clear();
        var values = _design.Values;
        var value = 0.0;
        var channels = _spend.Length;
        Span<double> lift = stackalloc double[channels];
        for (var c = 0; c < channels; c++)
        {
            lift[c] = ChannelTransform.Lift(coordinates[columns + (ChannelTransform.Size * c)]);
        }

        for (var t = 0; t < _level.Length; t++)
        {
            var w = _weight[t];
            if (w == 0)
            {
                continue;
            }

            var mu = _level[t] * _multiplier[t];
            var y = outcome[t];
            value += w * (mu - (y > 0 ? y * Math.Log(mu) : 0));

            // d(value)/d(mu) times mu: the common factor of every coordinate's derivative.
            var residual = w * (mu - y);
            var row = values.AsSpan(t * columns, columns);
            for (var j = 0; j < columns; j++)
            {
                gradient[j] += residual * row[j];
            }

            var perLevel = w * (1 - (y / mu)) * _level[t];
            for (var c = 0; c < channels; c++)
            {
                var at = columns + (ChannelTransform.Size * c);
                gradient[at] += perLevel * _hill[c][t];
                gradient[at + 1] += perLevel * lift[c] * _hillByHalf[c][t];
                gradient[at + 2] += perLevel * lift[c] * _hillByShape[c][t];
                gradient[at + 3] += perLevel * lift[c] * _hillByDecay[c][t];
            }
        }

        value += LiftTests(lift, gradient);
        for (var c = 0; c < channels; c++)
        {
            gradient[columns + (ChannelTransform.Size * c)] *= ChannelTransform.LiftSlope(coordinates[columns + (ChannelTransform.Size * c)]);
        }

        for (var j = 0; j < gradient.Length; j++)
        {
            gradient[j] *= _scale;
        }

        return (value * _scale) + Prior(coordinates, gradient);
    }

    /// <summary>
    /// The lift tests' negative log-likelihood, before the caller divides everything by the total
    /// outcome; adds its gradient with respect to the lifts rather than their coordinates, as the
    /// caller expects at this point.
    /// </summary>
    private double LiftTests(ReadOnlySpan<double> lift, Span<double> gradient)
    {
        if (_lifts.Length == 0)
        {
            return 0;
        }

        var columns = _design.Columns;
        var values = _design.Values;
        var value = 0.0;
        foreach (var test in _lifts)
        {
            var c = test.Channel;
            var hill = _hill[c];
            var z = (Modelled(test, lift[c]) - test.Observed) / test.StandardError;
            value += 0.5 * z * z;

            var factor = _dispersion * z / test.StandardError / test.Days;
            var at = columns + (ChannelTransform.Size * c);
            for (var t = test.FirstDay; t <= test.LastDay; t++)
            {
                var perDay = factor * _level[t];
                var row = values.AsSpan(t * columns, columns);
                var byLevel = perDay * lift[c] * hill[t];
                for (var j = 0; j < columns; j++)
                {
                    gradient[j] += byLevel * row[j];
                }

                gradient[at] += perDay * hill[t];
                gradient[at + 1] += perDay * lift[c] * _hillByHalf[c][t];
                gradient[at + 2] += perDay * lift[c] * _hillByShape[c][t];
                gradient[at + 3] += perDay * lift[c] * _hillByDecay[c][t];
            }
        }

        return _dispersion * value;
    }

    /// <summary>The model's incremental outcome a day of a lift test's channel over the test's days, after the last forward pass.</summary>
    private double Modelled(in LiftEvidence test, double lift)
    {
        var sum = 0.0;
        for (var t = test.FirstDay; t <= test.LastDay; t++)
        {
            sum += _level[t] * _hill[test.Channel][t];
        }

        return sum * lift / test.Days;
    }

    /// <summary>Adds the prior's negative log density (on the likelihood's scale) and its gradient.</summary>
    private double Prior(ReadOnlySpan<double> coordinates, Span<double> gradient)
    {
        if (_priorWeight == 0)
        {
            return 0;
        }

        var weight = _priorWeight * _dispersion * _scale;
        var value = 0.0;
        for (var c = 0; c < _spend.Length; c++)
        {
            var at = _design.Columns + (ChannelTransform.Size * c);
            var logHalf = coordinates[at + 1];
            var shape = ChannelTransform.Shape(coordinates[at + 2]);
            var logShape = Math.Log(shape);
            const double halfPrecision = 1 / (HalfSaturationPriorSd * HalfSaturationPriorSd);
            const double shapePrecision = 1 / (ShapePriorSd * ShapePriorSd);
            value += weight * 0.5 * ((logHalf * logHalf * halfPrecision) + (logShape * logShape * shapePrecision));
            gradient[at + 1] += weight * logHalf * halfPrecision;
            gradient[at + 2] += weight * logShape * shapePrecision / shape * ChannelTransform.ShapeSlope(coordinates[at + 2]);
        }

        return value;
    }

    private void Forward(ReadOnlySpan<double> coordinates, bool needGradient)
    {
        var columns = _design.Columns;
        var values = _design.Values;
        var days = _level.Length;
        for (var t = 0; t < days; t++)
        {
            var row = values.AsSpan(t * columns, columns);
            var eta = 0.0;
            for (var j = 0; j < columns; j++)
            {
                eta += row[j] * coordinates[j];
            }

            _level[t] = Math.Exp(Math.Clamp(eta, -50, 50));
            _multiplier[t] = 1;
        }

        for (var c = 0; c < _spend.Length; c++)
        {
            var at = columns + (ChannelTransform.Size * c);
            var lift = ChannelTransform.Lift(coordinates[at]);
            var logHalf = coordinates[at + 1];
            var shape = ChannelTransform.Shape(coordinates[at + 2]);
            var shapeSlope = ChannelTransform.ShapeSlope(coordinates[at + 2]);
            var decay = ChannelTransform.Decay(coordinates[at + 3]);
            var decaySlope = ChannelTransform.DecaySlope(coordinates[at + 3]);
            var spend = _spend[c];
            double adstock = 0, adstockByDecay = 0;
            for (var t = 0; t < days; t++)
            {
                var previous = adstock;
                adstock = ((1 - decay) * spend[t]) + (decay * previous);
                adstockByDecay = -spend[t] + previous + (decay * adstockByDecay);
                double h = 0, byHalf = 0, byShape = 0, byDecay = 0;
                if (adstock > 1e-12)
                {
                    var logRatio = Math.Log(adstock) - logHalf;
                    h = 1 / (1 + Math.Exp(-shape * logRatio));
                    if (needGradient)
                    {
                        var slope = h * (1 - h);
                        byHalf = -shape * slope;
                        byShape = logRatio * slope * shapeSlope;
                        byDecay = shape / adstock * slope * adstockByDecay * decaySlope;
                    }
                }

                _hill[c][t] = h;
                _hillByHalf[c][t] = byHalf;
                _hillByShape[c][t] = byShape;
                _hillByDecay[c][t] = byDecay;
                _multiplier[t] += lift * h;
            }
        }
    }

    private static double[][] NewBuffers(int channels, int days)
    {
        var buffers = new double[channels][];
        for (var c = 0; c < channels; c++)
        {
            buffers[c] = new double[days];
        }

        return buffers;
    }
}
