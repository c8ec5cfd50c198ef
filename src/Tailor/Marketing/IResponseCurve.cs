namespace Tailor.Marketing;

/// <summary>A channel's steady-state response to a daily spend, as the allocator sees it.</summary>
public interface IResponseCurve
{
    /// <summary>Channel name.</summary>
    string Channel { get; }

    /// <summary>Whether the curve is concave on all of [0, infinity), so marginal returns only fall.</summary>
    bool IsConcave { get; }

    /// <summary>A spend from which on the curve is concave (0 for a concave curve).</summary>
    double ConcaveFrom { get; }

    /// <summary>Response to a steady daily spend; 0 at 0.</summary>
    double Value(double dailySpend);

    /// <summary>Slope of <see cref="Value"/>: the response to the next unit of spend.</summary>
    double Slope(double dailySpend);
}
