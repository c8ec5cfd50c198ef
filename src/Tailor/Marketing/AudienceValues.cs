using Tailor.Customers;
using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>
/// What one conversion is worth per customer: the offer's value when the campaign states it, else
/// the customer's expected order value from Gamma-Gamma (the spend model of customer lifetime
/// value), else the shop's average order value.
/// </summary>
/// <param name="ByCustomer">Value per customer id; customers missing get <see cref="Default"/>.</param>
/// <param name="Default">Value for customers without a purchase history.</param>
/// <param name="Source">Where the values come from, in words.</param>
public sealed record AudienceValues(IReadOnlyDictionary<string, double> ByCustomer, double Default, string Source)
{
    /// <summary>The value of a conversion by <paramref name="customerId"/>.</summary>
    public double For(string customerId) => ByCustomer.TryGetValue(customerId, out var value) ? value : Default;

    /// <summary>Estimates conversion values from the orders before <paramref name="asOf"/>.</summary>
    /// <param name="orders">The shop's orders.</param>
    /// <param name="asOf">The planning moment; later orders are ignored.</param>
    /// <param name="offerValue">The offer's value, or null to estimate per customer.</param>
    /// <param name="cancellationToken">Checked during the Gamma-Gamma fit.</param>
    /// <exception cref="ArgumentException">No offer value and no purchase before <paramref name="asOf"/>.</exception>
    public static AudienceValues Estimate(IEnumerable<Order> orders, DateTimeOffset asOf, double? offerValue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        if (offerValue is { } offer)
        {
            return new AudienceValues(new Dictionary<string, double>(), offer, "offer value");
        }

        var summaries = TransactionSummary.FromOrders(orders.Where(o => o.Timestamp <= asOf), asOf, TimeUnit.Day);
        var purchases = summaries.Sum(s => (double)(s.Frequency + 1));
        var average = purchases == 0 ? 0 : summaries.Sum(s => s.TotalSpend) / purchases;
        if (summaries.Count(s => s.Frequency > 0 && s.MonetaryValue > 0) >= 20)
        {
            try
            {
                var spend = GammaGammaFitter.Fit(summaries, cancellationToken);
                if (spend.Converged && spend.Q > 1)
                {
                    var values = new Dictionary<string, double>(summaries.Count, StringComparer.Ordinal);
                    foreach (var s in summaries)
                    {
                        values[s.CustomerId] = spend.ConditionalExpectedSpend(s);
                    }

                    return new AudienceValues(values, spend.PopulationMeanSpend, "expected order value per customer (Gamma-Gamma)");
                }
            }
            catch (ArgumentException)
            {
                // An unfittable spend model leaves the average order value, below.
            }
        }

        return new AudienceValues(new Dictionary<string, double>(), average, "average order value");
    }
}
