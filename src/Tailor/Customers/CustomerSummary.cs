namespace Tailor.Customers;

/// <summary>
/// One customer's purchase history reduced to what BG/NBD and Gamma-Gamma need (Fader, Hardie and
/// Lee's x, t_x, T and m), plus the total spend RFM uses. Purchases on the same day count as one.
/// </summary>
public sealed record CustomerSummary
{
    /// <summary>Creates a summary after checking that the numbers describe a possible history.</summary>
    /// <param name="customerId">The customer's external id; not empty.</param>
    /// <param name="frequency">x: number of repeat purchase days, that is purchase days minus one. At least 0.</param>
    /// <param name="recency">t_x: time from the first to the last purchase; 0 when <paramref name="frequency"/> is 0.</param>
    /// <param name="t">T: time from the first purchase to the end of the calibration period; at least <paramref name="recency"/>.</param>
    /// <param name="monetaryValue">m: mean value of the repeat purchase days; 0 when <paramref name="frequency"/> is 0.</param>
    /// <param name="totalSpend">Value of all purchase days, the first included; at least 0.</param>
    /// <param name="unit">Unit of <paramref name="recency"/> and <paramref name="t"/>.</param>
    /// <exception cref="ArgumentException">A value is negative, not finite or inconsistent with the others.</exception>
    public CustomerSummary(string customerId, int frequency, double recency, double t, double monetaryValue, double totalSpend, TimeUnit unit)
    {
        if (string.IsNullOrWhiteSpace(customerId))
        {
            throw new ArgumentException("A customer summary needs a non-empty customer id.", nameof(customerId));
        }

        Check(frequency >= 0, customerId, nameof(frequency), $"must be at least 0 (was {frequency})");
        Check(double.IsFinite(recency) && recency >= 0, customerId, nameof(recency), $"must be finite and at least 0 (was {recency})");
        Check(double.IsFinite(t) && t >= recency, customerId, nameof(t), $"T must be finite and at least the recency {recency} (was {t})");
        Check(frequency > 0 || recency == 0, customerId, nameof(recency), $"must be 0 for a customer without repeat purchases (was {recency})");
        Check(double.IsFinite(monetaryValue) && monetaryValue >= 0, customerId, nameof(monetaryValue), $"must be finite and at least 0 (was {monetaryValue})");
        Check(double.IsFinite(totalSpend) && totalSpend >= 0, customerId, nameof(totalSpend), $"must be finite and at least 0 (was {totalSpend})");
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentException($"Customer '{customerId}': unknown time unit {unit}.", nameof(unit));
        }

        CustomerId = customerId;
        Frequency = frequency;
        Recency = recency;
        T = t;
        MonetaryValue = monetaryValue;
        TotalSpend = totalSpend;
        Unit = unit;
    }

    /// <summary>The customer's external id.</summary>
    public string CustomerId { get; }

    /// <summary>x: repeat purchase days (purchase days minus one).</summary>
    public int Frequency { get; }

    /// <summary>t_x: time from the first to the last purchase day, in <see cref="Unit"/>.</summary>
    public double Recency { get; }

    /// <summary>T: time from the first purchase day to the calibration end, in <see cref="Unit"/>.</summary>
    public double T { get; }

    /// <summary>m: mean value of a repeat purchase day (the first purchase left out, as lifetimes does); 0 without repeats.</summary>
    public double MonetaryValue { get; }

    /// <summary>Value of all purchase days, the first included: the M of RFM.</summary>
    public double TotalSpend { get; }

    /// <summary>Unit of <see cref="Recency"/> and <see cref="T"/>.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Time from the last purchase to the calibration end (T - t_x), in <see cref="Unit"/>: the R of RFM.</summary>
    public double TimeSinceLastPurchase => T - Recency;

    private static void Check(bool condition, string customerId, string parameter, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"Customer '{customerId}': {parameter} {message}.", parameter);
        }
    }
}
