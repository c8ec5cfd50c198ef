namespace Tailor.Marketing;

/// <summary>Defaults of <see cref="AllocationOptions"/>.</summary>
public static class AllocationDefaults
{
    /// <summary>Default planning horizon: a month.</summary>
    public const int HorizonDays = 30;

    /// <summary>Default for keeping channels whose curve is not identified at their historical share of the spend.</summary>
    public const bool HoldUnidentified = true;

    /// <summary>Default cap of a channel's planned spend, as a multiple of its highest weekly spend seen.</summary>
    public const double MaxExtrapolation = 1;

    /// <summary>Default for planning on the mean of the bootstrap curves.</summary>
    public const bool ExpectedOverDraws = true;
}
