namespace Tailor.Customers;

/// <summary>Defaults of <see cref="LifetimeValueOptions"/>.</summary>
public static class LifetimeValueDefaults
{
    /// <summary>Default horizon: twelve months, lifetimes' default.</summary>
    public const int HorizonMonths = 12;

    /// <summary>Default monthly discount rate: 1 %, lifetimes' default.</summary>
    public const double MonthlyDiscountRate = 0.01;
}
