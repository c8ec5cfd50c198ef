using MathNet.Numerics;

namespace Tailor.Customers;

/// <summary>
/// The Gamma-Gamma log-likelihood of mean repeat spend (Fader, Hardie and Lee 2005, "RFM and CLV:
/// using iso-value curves", and Fader and Hardie's note on the Gamma-Gamma model) and its gradient
/// over log parameters. Customers are grouped by x, so log-gamma and digamma are evaluated once per
/// distinct x; each customer costs one log. Evaluations allocate nothing.
/// </summary>
internal sealed class GammaGammaLikelihood
{
    private readonly int[] _x;
    private readonly double[] _count;
    private readonly double[] _logX;
    private readonly double[] _sumLogM;
    private readonly int[] _start;

    // x m per customer, grouped by x (customers of group g are _start[g] .. _start[g+1]-1).
    private readonly double[] _spend;

    /// <param name="customers">Customers with at least one repeat purchase and a positive mean spend.</param>
    /// <param name="spendScale">Factor applied to monetary values, so the optimizer works near unit scale.</param>
    public GammaGammaLikelihood(IReadOnlyList<CustomerSummary> customers, double spendScale)
    {
        var byX = new SortedDictionary<int, List<double>>();
        foreach (var customer in customers)
        {
            if (!byX.TryGetValue(customer.Frequency, out var values))
            {
                values = [];
                byX.Add(customer.Frequency, values);
            }

            values.Add(customer.MonetaryValue * spendScale);
        }

        _x = new int[byX.Count];
        _count = new double[byX.Count];
        _logX = new double[byX.Count];
        _sumLogM = new double[byX.Count];
        _start = new int[byX.Count + 1];
        _spend = new double[customers.Count];
        var g = 0;
        var n = 0;
        foreach (var (x, values) in byX)
        {
            // Sorted within the group so sums do not depend on input order.
            values.Sort();
            _x[g] = x;
            _count[g] = values.Count;
            _logX[g] = Math.Log(x);
            _start[g] = n;
            foreach (var m in values)
            {
                _sumLogM[g] += Math.Log(m);
                _spend[n++] = x * m;
            }

            g++;
        }

        _start[g] = n;
    }

    /// <summary>Number of customers.</summary>
    public int Count => _spend.Length;

    /// <summary>
    /// Sum over customers of the log-likelihood at (p, q, gamma), gamma in the scaled currency, and its
    /// gradient with respect to (ln p, ln q, ln gamma).
    /// </summary>
    public double Evaluate(double p, double q, double gamma, Span<double> gradient)
    {
        var logGamma = Math.Log(gamma);
        var lgQ = SpecialFunctions.GammaLn(q);
        var psiQ = SpecialFunctions.DiGamma(q);
        double sum = 0, dP = 0, dQ = 0, dGamma = 0;
        for (var g = 0; g < _x.Length; g++)
        {
            var x = _x[g];
            var n = _count[g];
            var px = p * x;
            var psiPxQ = SpecialFunctions.DiGamma(px + q);
            var psiPx = SpecialFunctions.DiGamma(px);
            double sumLog = 0, sumInverse = 0;
            for (var i = _start[g]; i < _start[g + 1]; i++)
            {
                var denominator = _spend[i] + gamma;
                sumLog += Math.Log(denominator);
                sumInverse += 1 / denominator;
            }

            // ln f = lnG(px+q) - lnG(px) - lnG(q) + q ln gamma + (px-1) ln m + px ln x - (px+q) ln(x m + gamma)
            sum += (n * (SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px) - lgQ + (q * logGamma) + (px * _logX[g])))
                + ((px - 1) * _sumLogM[g]) - ((px + q) * sumLog);
            dP += (x * n * (psiPxQ - psiPx + _logX[g])) + (x * _sumLogM[g]) - (x * sumLog);
            dQ += (n * (psiPxQ - psiQ + logGamma)) - sumLog;
            dGamma += (n * q / gamma) - ((px + q) * sumInverse);
        }

        gradient[0] = dP * p;
        gradient[1] = dQ * q;
        gradient[2] = dGamma * gamma;
        return sum;
    }
}
