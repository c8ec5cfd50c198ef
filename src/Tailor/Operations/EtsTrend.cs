namespace Tailor.Operations;

/// <summary>Trend component of an ETS model.</summary>
public enum EtsTrend
{
    /// <summary>No trend (N).</summary>
    None,

    /// <summary>Additive (linear) trend (A).</summary>
    Additive,

    /// <summary>Additive damped trend (Ad): the slope fades by a factor phi each period.</summary>
    AdditiveDamped,
}
