namespace Tailor.Operations;

/// <summary>Sums gathered by one pass of the ETS filter over a series.</summary>
/// <param name="SumSquaredErrors">Sum of squared innovations (relative errors for multiplicative models).</param>
/// <param name="SumLogAbsForecast">Sum of log |one-step forecast|; the Jacobian term of multiplicative errors.</param>
/// <param name="SumSquaredForecastErrors">Sum of squared one-step forecast errors in the data's units.</param>
internal readonly record struct EtsPass(double SumSquaredErrors, double SumLogAbsForecast, double SumSquaredForecastErrors)
{
    /// <summary>
    /// R's likelihood term n log(SSE) (+ 2 sum log|mu| for multiplicative errors), clamped as R clamps it:
    /// perfect fits at -1e10, undefined values at +infinity.
    /// </summary>
    public double Likelihood(int n, EtsError error)
    {
        double lik = n * Math.Log(SumSquaredErrors);
        if (error == EtsError.Multiplicative)
        {
            lik += 2 * SumLogAbsForecast;
        }

        if (double.IsNaN(lik))
        {
            return double.PositiveInfinity;
        }

        return lik < -1e10 ? -1e10 : lik;
    }
}
