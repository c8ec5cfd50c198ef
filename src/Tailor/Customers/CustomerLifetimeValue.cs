namespace Tailor.Customers;

/// <summary>
/// Per-customer expected purchases, P(alive), P(at least one purchase), expected spend and discounted
/// lifetime value from a BG/NBD and a Gamma-Gamma model, the way lifetimes'
/// <c>GammaGammaFitter.customer_lifetime_value</c> computes it: month i contributes expected spend
/// times (E[Y(i months)] - E[Y((i - 1) months)]) divided by (1 + rate)^i.
/// </summary>
public static class CustomerLifetimeValue
{
    /// <summary>Values with default options (twelve months, 1 % a month).</summary>
    /// <inheritdoc cref="Compute(BgNbdModel, GammaGammaModel, IReadOnlyList{CustomerSummary}, LifetimeValueOptions, CancellationToken)"/>
    public static IReadOnlyList<CustomerValue> Compute(
        BgNbdModel purchases,
        GammaGammaModel spend,
        IReadOnlyList<CustomerSummary> customers,
        CancellationToken cancellationToken = default) =>
        Compute(purchases, spend, customers, new LifetimeValueOptions(), cancellationToken);

    /// <summary>Values of each customer, in the order given.</summary>
    /// <param name="purchases">The purchase model; its unit must match the summaries'.</param>
    /// <param name="spend">The spend model.</param>
    /// <param name="customers">Summaries at the calibration end.</param>
    /// <param name="options">Horizon, discount rate and month length.</param>
    /// <param name="cancellationToken">Checked between customers.</param>
    /// <exception cref="ArgumentException">A summary in another unit than the model, or options out of range.</exception>
    /// <exception cref="InvalidOperationException">The spend model has an infinite mean (q &lt;= 1).</exception>
    public static IReadOnlyList<CustomerValue> Compute(
        BgNbdModel purchases,
        GammaGammaModel spend,
        IReadOnlyList<CustomerSummary> customers,
        LifetimeValueOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var month = options.UnitsPerMonth ?? purchases.Unit.PerMonth();
        var horizon = options.HorizonMonths * month;
        var values = new CustomerValue[customers.Count];
        for (var i = 0; i < customers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var customer = customers[i] ?? throw new ArgumentException($"Customer {i} is null.", nameof(customers));
            var expectedSpend = spend.ConditionalExpectedSpend(customer);
            double previous = 0, discounted = 0, factor = 1;
            for (var m = 1; m <= options.HorizonMonths; m++)
            {
                // ExpectedPurchases is cumulative, so each month gets the difference; month ends are
                // exactly m * month so the last one equals the horizon.
                var cumulative = purchases.ExpectedPurchases(m * month, customer);
                factor /= 1 + options.MonthlyDiscountRate;
                discounted += (cumulative - previous) * factor;
                previous = cumulative;
            }

            values[i] = new CustomerValue(
                customer.CustomerId,
                purchases.ProbabilityAlive(customer),
                previous,
                purchases.ProbabilityAtLeastOne(horizon, customer),
                expectedSpend,
                previous * expectedSpend,
                discounted * expectedSpend);
        }

        return values;
    }
}
