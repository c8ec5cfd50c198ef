namespace Tailor.Customers;

/// <summary>
/// Fits <see cref="GammaGammaModel"/> by maximum likelihood over log parameters, on the customers
/// with at least one repeat purchase and a positive mean repeat spend (the others carry no
/// information about spend per transaction). Values are scaled to a mean of 1 inside the fit so the
/// start point suits any currency; gamma is scaled back. Deterministic.
/// </summary>
public static class GammaGammaFitter
{
    /// <summary>Fits with default options.</summary>
    /// <inheritdoc cref="Fit(IReadOnlyList{CustomerSummary}, GammaGammaFitOptions, CancellationToken)"/>
    public static GammaGammaModel Fit(IReadOnlyList<CustomerSummary> customers, CancellationToken cancellationToken = default) =>
        Fit(customers, new GammaGammaFitOptions(), cancellationToken);

    /// <summary>Fits a Gamma-Gamma model to the customers' repeat spend.</summary>
    /// <param name="customers">Summaries; those without repeats or with zero spend are skipped.</param>
    /// <param name="options">Penalty and optimizer settings.</param>
    /// <param name="cancellationToken">Checked at every likelihood evaluation.</param>
    /// <exception cref="ArgumentException">No customer with a repeat purchase of positive value, or options out of range.</exception>
    public static GammaGammaModel Fit(IReadOnlyList<CustomerSummary> customers, GammaGammaFitOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var usable = new List<CustomerSummary>(customers.Count);
        var sum = 0.0;
        for (var i = 0; i < customers.Count; i++)
        {
            var customer = customers[i] ?? throw new ArgumentException($"Customer {i} is null.", nameof(customers));
            if (customer.Frequency > 0 && customer.MonetaryValue > 0)
            {
                usable.Add(customer);
                sum += customer.MonetaryValue;
            }
        }

        if (usable.Count == 0)
        {
            throw new ArgumentException("No customer has a repeat purchase of positive value, so spend per transaction cannot be fitted.", nameof(customers));
        }

        var scale = usable.Count / sum;
        var likelihood = new GammaGammaLikelihood(usable, scale);
        var weight = (double)likelihood.Count;
        var penalizer = options.Penalizer;
        double Objective(ReadOnlySpan<double> logParameters, Span<double> gradient)
        {
            double p = Math.Exp(logParameters[0]), q = Math.Exp(logParameters[1]), gamma = Math.Exp(logParameters[2]);

            // The penalty applies to gamma in the caller's currency, as in lifetimes, which does not scale.
            var gammaInCurrency = gamma / scale;
            var logLikelihood = likelihood.Evaluate(p, q, gamma, gradient);
            gradient[0] = (-gradient[0] / weight) + (2 * penalizer * p * p);
            gradient[1] = (-gradient[1] / weight) + (2 * penalizer * q * q);
            gradient[2] = (-gradient[2] / weight) + (2 * penalizer * gammaInCurrency * gammaInCurrency);
            return (-logLikelihood / weight) + (penalizer * ((p * p) + (q * q) + (gammaInCurrency * gammaInCurrency)));
        }

        // p = 2, q = 3, gamma = 1 puts the population mean spend p gamma / (q - 1) at the data's mean.
        double[] start = [Math.Log(2), Math.Log(3), 0];
        var minimum = LogSpaceMinimizer.Minimize(Objective, start, options.MaxIterations, options.GradientTolerance, cancellationToken);
        var point = minimum.LogParameters;
        double pHat = Math.Exp(point[0]), qHat = Math.Exp(point[1]), gammaHat = Math.Exp(point[2]);
        Span<double> unused = stackalloc double[3];

        // Scaling values by s multiplies each customer's density of m by s, so ln s per customer comes off.
        var logLikelihoodInCurrency = likelihood.Evaluate(pHat, qHat, gammaHat, unused) + (usable.Count * Math.Log(scale));
        return new GammaGammaModel(pHat, qHat, gammaHat / scale)
        {
            LogLikelihood = logLikelihoodInCurrency,
            CustomerCount = usable.Count,
            Converged = minimum.Converged,
        };
    }
}
