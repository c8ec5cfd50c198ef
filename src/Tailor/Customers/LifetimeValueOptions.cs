namespace Tailor.Customers;

/// <summary>Knobs of <see cref="CustomerLifetimeValue"/>. Defaults live in <see cref="LifetimeValueDefaults"/>.</summary>
public sealed record LifetimeValueOptions
{
    /// <summary>Horizon in months over which purchases are predicted and value is summed. Range [1, 600]. Default 12.</summary>
    public int HorizonMonths { get; init; } = LifetimeValueDefaults.HorizonMonths;

    /// <summary>
    /// Discount rate per month: value expected in month i is divided by (1 + rate)^i, as lifetimes'
    /// <c>customer_lifetime_value(discount_rate=...)</c>. Range [0, 1). Default 0.01 (about 12.7 % a year).
    /// </summary>
    public double MonthlyDiscountRate { get; init; } = LifetimeValueDefaults.MonthlyDiscountRate;

    /// <summary>
    /// Length of a month in the models' time unit, or null for lifetimes' convention (30 days or
    /// 4.345 weeks). Range (0, 1000]. Default null.
    /// </summary>
    public double? UnitsPerMonth { get; init; }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        if (HorizonMonths is < 1 or > 600)
        {
            throw new ArgumentException($"{nameof(HorizonMonths)} must be between 1 and 600 (was {HorizonMonths}).", nameof(HorizonMonths));
        }

        if (!(MonthlyDiscountRate is >= 0 and < 1))
        {
            throw new ArgumentException($"{nameof(MonthlyDiscountRate)} must be in [0, 1) (was {MonthlyDiscountRate}).", nameof(MonthlyDiscountRate));
        }

        if (UnitsPerMonth is { } units && !(units is > 0 and <= 1000))
        {
            throw new ArgumentException($"{nameof(UnitsPerMonth)} must be in (0, 1000] (was {units}).", nameof(UnitsPerMonth));
        }
    }
}
