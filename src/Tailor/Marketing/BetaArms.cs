using MathNet.Numerics.Distributions;

namespace Tailor.Marketing;

/// <summary>
/// Beta-Binomial arms per customer with segment-level priors, for Thompson sampling. An arm is an
/// hour (or hour of the week) or a channel. A customer's prior at an arm is a Beta whose mean is the
/// segment's rate at that arm (shrunk towards the global rate, or the global rate itself when the
/// segment has too little data) times the customer's own responsiveness over all arms, and whose
/// strength is estimated from the data by the method of moments. Their own responses at the arm then
/// update it. Optional kernel weights let a response count partly for neighbouring arms (adjacent
/// hours), which matter when each customer has only a few dozen sends.
/// </summary>
internal sealed class BetaArms
{
    private const double MinimumStrength = 1;
    private const double MaximumStrength = 1000;

    private readonly double[][] _segmentMean;
    private readonly bool[] _segmentFallback;
    private readonly Dictionary<int, BetaArmsCounts> _customers;
    private readonly int[] _segmentOf;

    private BetaArms(
        int arms, double[] globalMean, double[][] segmentMean, bool[] segmentFallback, long[] segmentTrials, Dictionary<int, BetaArmsCounts> customers, int[] segmentOf,
        double levelStrength, double armStrength)
    {
        Arms = arms;
        GlobalMean = globalMean;
        _segmentMean = segmentMean;
        _segmentFallback = segmentFallback;
        SegmentTrials = segmentTrials;
        _customers = customers;
        _segmentOf = segmentOf;
        LevelStrength = levelStrength;
        ArmStrength = armStrength;
    }

    public int Arms { get; }

    /// <summary>Global rate per arm (responses + 1) / (trials + 2).</summary>
    public double[] GlobalMean { get; }

    /// <summary>Raw trials per segment.</summary>
    public long[] SegmentTrials { get; }

    /// <summary>Pseudo-trials of the prior on a customer's overall responsiveness.</summary>
    public double LevelStrength { get; }

    /// <summary>Pseudo-trials of the prior of a customer's rate at one arm.</summary>
    public double ArmStrength { get; }

    /// <summary>Whether a segment uses the global prior for lack of data.</summary>
    public bool IsFallback(int segment) => segment < 0 || _segmentFallback[segment];

    /// <summary>The segment's prior mean at an arm (the global one for a fallback segment).</summary>
    public double SegmentMean(int segment, int arm) => IsFallback(segment) ? GlobalMean[arm] : _segmentMean[segment][arm];

    /// <summary>Raw sends of a customer, or 0.</summary>
    public int Trials(int customer) => _customers.TryGetValue(customer, out var counts) ? counts.RawTrials : 0;

    /// <summary>The Beta posterior (alpha, beta) of a customer at an arm.</summary>
    public (double Alpha, double Beta) Posterior(int customer, int arm)
    {
        var segment = _segmentOf[customer];
        var mean = SegmentMean(segment, arm);
        double trials = 0, successes = 0;
        if (_customers.TryGetValue(customer, out var counts))
        {
            mean = Math.Clamp(mean * counts.Level, 1e-4, 0.999);
            trials = counts.Trials[arm];
            successes = counts.Successes[arm];
        }

        return ((ArmStrength * mean) + successes, (ArmStrength * (1 - mean)) + (trials - successes));
    }

    public double PosteriorMean(int customer, int arm)
    {
        var (alpha, beta) = Posterior(customer, arm);
        return alpha / (alpha + beta);
    }

    /// <summary>The allowed arm with the highest Thompson draw, or the highest posterior mean when <paramref name="random"/> is null.</summary>
    public int Choose(int customer, IReadOnlyList<int> allowed, Random? random)
    {
        var best = allowed[0];
        var bestValue = double.NegativeInfinity;
        foreach (var arm in allowed)
        {
            var (alpha, beta) = Posterior(customer, arm);
            var value = random is null ? alpha / (alpha + beta) : Beta.Sample(random, alpha, beta);
            if (value > bestValue)
            {
                (best, bestValue) = (arm, value);
            }
        }

        return best;
    }

    /// <summary>Fits priors and per-customer counts.</summary>
    /// <param name="arms">Number of arms.</param>
    /// <param name="segmentOf">Segment of each customer, -1 for none.</param>
    /// <param name="segments">Number of segments.</param>
    /// <param name="observations">Customer, arm and outcome of every send.</param>
    /// <param name="kernel">Weights for arm offsets -k..k (odd length, summing to 1), applied circularly; [1] for none.</param>
    /// <param name="minimumSegmentTrials">Segments with fewer raw trials use the global prior.</param>
    /// <param name="segmentShrinkage">Pseudo-trials at the global rate added to each segment's arm rates.</param>
    public static BetaArms Fit(
        int arms, int[] segmentOf, int segments, IReadOnlyList<(int Customer, int Arm, bool Success)> observations, double[] kernel,
        int minimumSegmentTrials, double segmentShrinkage)
    {
        var reach = kernel.Length / 2;
        var customers = new Dictionary<int, BetaArmsCounts>();
        var globalTrials = new double[arms];
        var globalSuccesses = new double[arms];
        var segmentTrials = new double[segments][];
        var segmentSuccesses = new double[segments][];
        var segmentRaw = new long[segments];
        for (var s = 0; s < segments; s++)
        {
            segmentTrials[s] = new double[arms];
            segmentSuccesses[s] = new double[arms];
        }

        foreach (var (customer, arm, success) in observations)
        {
            if (!customers.TryGetValue(customer, out var counts))
            {
                counts = new BetaArmsCounts(arms);
                customers.Add(customer, counts);
            }

            counts.RawTrials++;
            counts.RawSuccesses += success ? 1 : 0;
            counts.RawByArm[arm]++;
            counts.RawSuccessesByArm[arm] += success ? 1 : 0;
            var segment = segmentOf[customer];
            if (segment >= 0)
            {
                segmentRaw[segment]++;
            }

            for (var offset = -reach; offset <= reach; offset++)
            {
                var target = ((arm + offset) % arms + arms) % arms;
                var weight = kernel[offset + reach];
                counts.Trials[target] += weight;
                counts.Successes[target] += success ? weight : 0;
                globalTrials[target] += weight;
                globalSuccesses[target] += success ? weight : 0;
                if (segment >= 0)
                {
                    segmentTrials[segment][target] += weight;
                    segmentSuccesses[segment][target] += success ? weight : 0;
                }
            }
        }

        var globalMean = new double[arms];
        for (var a = 0; a < arms; a++)
        {
            globalMean[a] = (globalSuccesses[a] + 1) / (globalTrials[a] + 2);
        }

        var segmentMean = new double[segments][];
        var fallback = new bool[segments];
        for (var s = 0; s < segments; s++)
        {
            fallback[s] = segmentRaw[s] < minimumSegmentTrials;
            segmentMean[s] = new double[arms];
            for (var a = 0; a < arms; a++)
            {
                segmentMean[s][a] = (segmentSuccesses[s][a] + (segmentShrinkage * globalMean[a])) / (segmentTrials[s][a] + segmentShrinkage);
            }
        }

        double Prior(int customer, int arm)
        {
            var segment = segmentOf[customer];
            return segment < 0 || fallback[segment] ? globalMean[arm] : segmentMean[segment][arm];
        }

        // Responsiveness: how a customer's raw responses compare with what their segment's rates at
        // the arms they were sent at predict; shrunk by a strength estimated over all customers.
        var levelCells = new List<(double Trials, double Successes, double Rate)>();
        foreach (var (customer, counts) in customers)
        {
            counts.Expected = 0;
            for (var a = 0; a < arms; a++)
            {
                counts.Expected += counts.RawByArm[a] * Prior(customer, a);
            }

            levelCells.Add((counts.RawTrials, counts.RawSuccesses, counts.Expected / counts.RawTrials));
        }

        var levelStrength = MomentStrength(levelCells);
        foreach (var counts in customers.Values)
        {
            var pseudo = levelStrength * counts.Expected / counts.RawTrials;
            counts.Level = (counts.RawSuccesses + pseudo) / (counts.Expected + pseudo);
        }

        var armCells = new List<(double Trials, double Successes, double Rate)>();
        foreach (var (customer, counts) in customers)
        {
            for (var a = 0; a < arms; a++)
            {
                if (counts.RawByArm[a] > 0)
                {
                    armCells.Add((counts.RawByArm[a], counts.RawSuccessesByArm[a], Math.Clamp(Prior(customer, a) * counts.Level, 1e-4, 0.999)));
                }
            }
        }

        var raw = new long[segments];
        for (var s = 0; s < segments; s++)
        {
            raw[s] = segmentRaw[s];
        }

        return new BetaArms(arms, globalMean, segmentMean, fallback, raw, customers, segmentOf, levelStrength, MomentStrength(armCells));
    }

    /// <summary>
    /// Method-of-moments strength kappa of Beta priors around known rates: for a cell of n trials with
    /// prior mean p, E[(s - n p)^2] = n p (1 - p) (1 + (n - 1) / (kappa + 1)); summed over cells and
    /// solved for kappa. No excess spread means no evidence of heterogeneity: the largest strength.
    /// </summary>
    internal static double MomentStrength(IReadOnlyList<(double Trials, double Successes, double Rate)> cells)
    {
        double observed = 0, binomial = 0, extra = 0;
        foreach (var (n, s, p) in cells)
        {
            var variance = p * (1 - p);
            observed += (s - (n * p)) * (s - (n * p));
            binomial += n * variance;
            extra += n * (n - 1) * variance;
        }

        var excess = observed - binomial;
        if (extra <= 0 || excess <= 0)
        {
            return MaximumStrength;
        }

        return Math.Clamp((extra / excess) - 1, MinimumStrength, MaximumStrength);
    }
}
