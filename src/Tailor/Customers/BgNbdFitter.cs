namespace Tailor.Customers;

/// <summary>
/// Fits <see cref="BgNbdModel"/> by maximum likelihood (eq. 6 of Fader, Hardie and Lee 2005) over log
/// parameters. Like lifetimes, times are first scaled so the oldest customer has T = 10, which keeps
/// alpha near 1 whatever the unit; alpha is scaled back afterwards. Deterministic: no random start.
/// </summary>
public static class BgNbdFitter
{
    private const double ScaledMaxAge = 10;

    /// <summary>Fits with default options.</summary>
    /// <inheritdoc cref="Fit(IReadOnlyList{CustomerSummary}, BgNbdFitOptions, CancellationToken)"/>
    public static BgNbdModel Fit(IReadOnlyList<CustomerSummary> customers, CancellationToken cancellationToken = default) =>
        Fit(customers, new BgNbdFitOptions(), cancellationToken);

    /// <summary>Fits a BG/NBD model to the customers' summaries.</summary>
    /// <param name="customers">Summaries, all in one unit; the model gets that unit.</param>
    /// <param name="options">Penalty and optimizer settings.</param>
    /// <param name="cancellationToken">Checked at every likelihood evaluation.</param>
    /// <exception cref="ArgumentException">
    /// No customers, mixed units, every T zero, no repeat purchase at all, or options out of range.
    /// </exception>
    public static BgNbdModel Fit(IReadOnlyList<CustomerSummary> customers, BgNbdFitOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (unit, maxAge, repeats) = Describe(customers);
        if (maxAge <= 0)
        {
            throw new ArgumentException("Every customer has T = 0: the calibration period must be longer than the first purchase day.", nameof(customers));
        }

        if (repeats == 0)
        {
            throw new ArgumentException("No customer has a repeat purchase, so purchase rates and dropout cannot be told apart.", nameof(customers));
        }

        var scale = ScaledMaxAge / maxAge;
        var likelihood = new BgNbdLikelihood(customers, scale);
        var weight = likelihood.TotalWeight;
        var penalizer = options.Penalizer;
        double Objective(ReadOnlySpan<double> logParameters, Span<double> gradient)
        {
            double r = Math.Exp(logParameters[0]), alpha = Math.Exp(logParameters[1]), a = Math.Exp(logParameters[2]), b = Math.Exp(logParameters[3]);
            var logLikelihood = likelihood.Evaluate(r, alpha, a, b, gradient);
            gradient[0] = (-gradient[0] / weight) + (2 * penalizer * r * r);
            gradient[1] = (-gradient[1] / weight) + (2 * penalizer * alpha * alpha);
            gradient[2] = (-gradient[2] / weight) + (2 * penalizer * a * a);
            gradient[3] = (-gradient[3] / weight) + (2 * penalizer * b * b);
            return (-logLikelihood / weight) + (penalizer * ((r * r) + (alpha * alpha) + (a * a) + (b * b)));
        }

        var minimum = LogSpaceMinimizer.Minimize(Objective, [0, 0, 0, 0], options.MaxIterations, options.GradientTolerance, cancellationToken);
        var p = minimum.LogParameters;
        double rHat = Math.Exp(p[0]), alphaHat = Math.Exp(p[1]), aHat = Math.Exp(p[2]), bHat = Math.Exp(p[3]);
        Span<double> unused = stackalloc double[4];

        // Scaling time by s multiplies each customer's likelihood by s^-x (the density of x purchase
        // times), so the log-likelihood in the caller's unit adds x ln s back.
        var logLikelihoodInUnit = likelihood.Evaluate(rHat, alphaHat, aHat, bHat, unused) + (repeats * Math.Log(scale));
        return new BgNbdModel(rHat, alphaHat / scale, aHat, bHat, unit)
        {
            LogLikelihood = logLikelihoodInUnit,
            CustomerCount = customers.Count,
            Converged = minimum.Converged,
        };
    }

    private static (TimeUnit Unit, double MaxAge, double Repeats) Describe(IReadOnlyList<CustomerSummary> customers)
    {
        if (customers.Count == 0)
        {
            throw new ArgumentException("There are no customers to fit.", nameof(customers));
        }

        var unit = customers[0]?.Unit ?? throw new ArgumentException("Customer 0 is null.", nameof(customers));
        double maxAge = 0, repeats = 0;
        for (var i = 0; i < customers.Count; i++)
        {
            var customer = customers[i] ?? throw new ArgumentException($"Customer {i} is null.", nameof(customers));
            if (customer.Unit != unit)
            {
                throw new ArgumentException(
                    $"Customer '{customer.CustomerId}' is summarised in {customer.Unit}s but the first in {unit}s; use one unit.", nameof(customers));
            }

            maxAge = Math.Max(maxAge, customer.T);
            repeats += customer.Frequency;
        }

        return (unit, maxAge, repeats);
    }
}
