namespace Tailor.Customers;

/// <summary>
/// The BG/NBD log-likelihood (eq. 6 of Fader, Hardie and Lee 2005) and its gradient over log
/// parameters, on data grouped so that an evaluation costs one exp and one log per distinct
/// (x, t_x, T) and a handful of logs per distinct x, t_x and T. Tables are allocated once, so
/// evaluations allocate nothing.
/// </summary>
internal sealed class BgNbdLikelihood
{
    private readonly int[] _groupX;
    private readonly int[] _groupRecency;
    private readonly int[] _groupAge;
    private readonly double[] _groupWeight;
    private readonly double[] _recencies;
    private readonly double[] _ages;
    private readonly double[] _weightPerX;
    private readonly double _totalWeight;

    // Per-evaluation tables, sized once.
    private readonly double[] _logAlphaRecency;
    private readonly double[] _invAlphaRecency;
    private readonly double[] _logAlphaAge;
    private readonly double[] _invAlphaAge;
    private readonly double[] _logGammaRatioR;
    private readonly double[] _digammaDiffR;
    private readonly double[] _logGammaRatioB;
    private readonly double[] _digammaDiffB;
    private readonly double[] _logGammaRatioAB;
    private readonly double[] _digammaDiffAB;

    /// <param name="customers">The data; every summary in the same unit.</param>
    /// <param name="timeScale">Factor applied to t_x and T, so the optimizer works near unit scale.</param>
    public BgNbdLikelihood(IReadOnlyList<CustomerSummary> customers, double timeScale)
    {
        var groups = new Dictionary<(int X, double Recency, double Age), int>();
        var recencyIndex = new Dictionary<double, int>();
        var ageIndex = new Dictionary<double, int>();
        var maxX = 0;
        foreach (var customer in customers)
        {
            var key = (customer.Frequency, customer.Recency * timeScale, customer.T * timeScale);
            groups[key] = groups.GetValueOrDefault(key) + 1;
            recencyIndex.TryAdd(key.Item2, 0);
            ageIndex.TryAdd(key.Item3, 0);
            maxX = Math.Max(maxX, customer.Frequency);
        }

        _recencies = Indexed(recencyIndex);
        _ages = Indexed(ageIndex);

        // Sorted so that the floating-point sums, and so the fit, do not depend on input order.
        var keys = groups.Keys.ToArray();
        Array.Sort(keys);
        _groupX = new int[keys.Length];
        _groupRecency = new int[keys.Length];
        _groupAge = new int[keys.Length];
        _groupWeight = new double[keys.Length];
        _weightPerX = new double[maxX + 1];
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            _groupX[i] = key.X;
            _groupRecency[i] = recencyIndex[key.Recency];
            _groupAge[i] = ageIndex[key.Age];
            _groupWeight[i] = groups[key];
            _weightPerX[key.X] += groups[key];
            _totalWeight += groups[key];
        }

        _logAlphaRecency = new double[_recencies.Length];
        _invAlphaRecency = new double[_recencies.Length];
        _logAlphaAge = new double[_ages.Length];
        _invAlphaAge = new double[_ages.Length];
        _logGammaRatioR = new double[maxX + 1];
        _digammaDiffR = new double[maxX + 1];
        _logGammaRatioB = new double[maxX + 1];
        _digammaDiffB = new double[maxX + 1];
        _logGammaRatioAB = new double[maxX + 1];
        _digammaDiffAB = new double[maxX + 1];
    }

    /// <summary>Number of distinct (x, t_x, T) groups.</summary>
    public int GroupCount => _groupWeight.Length;

    /// <summary>Number of customers.</summary>
    public double TotalWeight => _totalWeight;

    /// <summary>
    /// Sum over customers of the log-likelihood at (r, alpha, a, b), with alpha in the scaled time,
    /// and its gradient with respect to (ln r, ln alpha, ln a, ln b).
    /// </summary>
    public double Evaluate(double r, double alpha, double a, double b, Span<double> gradient)
    {
        FillTables(r, alpha, a, b);
        var logAlpha = Math.Log(alpha);
        var logA = Math.Log(a);

        // Parts that depend on x alone: ln Gamma(r+x)/Gamma(r), and the Beta-function ratio of A_2.
        double sum = 0, dR = 0, dA = 0, dB = 0, dAlpha = 0;
        for (var x = 0; x < _weightPerX.Length; x++)
        {
            var w = _weightPerX[x];
            if (w == 0)
            {
                continue;
            }

            sum += w * (_logGammaRatioR[x] + (r * logAlpha) + _logGammaRatioB[x] - _logGammaRatioAB[x]);
            dR += w * (_digammaDiffR[x] + logAlpha);
            dAlpha += w * r / alpha;
            dA -= w * _digammaDiffAB[x];
            dB += w * (_digammaDiffB[x] - _digammaDiffAB[x]);
        }

        // ln(e^A3 + [x > 0] e^A4) per group.
        for (var i = 0; i < _groupWeight.Length; i++)
        {
            var x = _groupX[i];
            var w = _groupWeight[i];
            var age = _groupAge[i];
            var k = r + x;
            var a3 = -k * _logAlphaAge[age];
            if (x == 0)
            {
                sum += w * a3;
                dR -= w * _logAlphaAge[age];
                dAlpha -= w * k * _invAlphaAge[age];
                continue;
            }

            var recency = _groupRecency[i];
            var logB = Math.Log(b + x - 1);
            var a4 = logA - logB - (k * _logAlphaRecency[recency]);
            double logSum, share4;
            if (a4 > a3)
            {
                var e = Math.Exp(a3 - a4);
                logSum = a4 + Math.Log(1 + e);
                share4 = 1 / (1 + e);
            }
            else
            {
                var e = Math.Exp(a4 - a3);
                logSum = a3 + Math.Log(1 + e);
                share4 = e / (1 + e);
            }

            var share3 = 1 - share4;
            sum += w * logSum;
            dR -= w * ((share3 * _logAlphaAge[age]) + (share4 * _logAlphaRecency[recency]));
            dAlpha -= w * k * ((share3 * _invAlphaAge[age]) + (share4 * _invAlphaRecency[recency]));
            dA += w * share4 / a;
            dB -= w * share4 / (b + x - 1);
        }

        gradient[0] = dR * r;
        gradient[1] = dAlpha * alpha;
        gradient[2] = dA * a;
        gradient[3] = dB * b;
        return sum;
    }

    private void FillTables(double r, double alpha, double a, double b)
    {
        for (var j = 0; j < _recencies.Length; j++)
        {
            _logAlphaRecency[j] = Math.Log(alpha + _recencies[j]);
            _invAlphaRecency[j] = 1 / (alpha + _recencies[j]);
        }

        for (var j = 0; j < _ages.Length; j++)
        {
            _logAlphaAge[j] = Math.Log(alpha + _ages[j]);
            _invAlphaAge[j] = 1 / (alpha + _ages[j]);
        }

        // ln Gamma(s + x) - ln Gamma(s) = sum_{k<x} ln(s + k), and its derivative sum_{k<x} 1/(s + k):
        // cheaper and more exact than log-gamma and digamma for the small integer x of purchase data.
        Accumulate(r, _logGammaRatioR, _digammaDiffR);
        Accumulate(b, _logGammaRatioB, _digammaDiffB);
        Accumulate(a + b, _logGammaRatioAB, _digammaDiffAB);
    }

    private static void Accumulate(double shape, double[] logRatio, double[] derivative)
    {
        double log = 0, inverse = 0;
        for (var x = 0; x < logRatio.Length; x++)
        {
            logRatio[x] = log;
            derivative[x] = inverse;
            log += Math.Log(shape + x);
            inverse += 1 / (shape + x);
        }
    }

    private static double[] Indexed(Dictionary<double, int> index)
    {
        var values = index.Keys.ToArray();
        Array.Sort(values);
        for (var i = 0; i < values.Length; i++)
        {
            index[values[i]] = i;
        }

        return values;
    }
}
