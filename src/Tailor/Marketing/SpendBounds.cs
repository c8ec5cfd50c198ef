namespace Tailor.Marketing;

/// <summary>The range a channel's daily spend may take in an allocation.</summary>
/// <param name="Min">Smallest daily spend, at least 0.</param>
/// <param name="Max">Largest daily spend, at least <paramref name="Min"/>; positive infinity for no cap.</param>
public sealed record SpendBounds(double Min, double Max)
{
    /// <summary>Any non-negative spend.</summary>
    public static SpendBounds Free { get; } = new(0, double.PositiveInfinity);

    /// <summary>Exactly this spend.</summary>
    public static SpendBounds Fixed(double dailySpend) => new(dailySpend, dailySpend);
}
