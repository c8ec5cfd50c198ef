namespace Tailor.Operations;

/// <summary>Seasonal component of an ETS model.</summary>
public enum EtsSeason
{
    /// <summary>No seasonality (N).</summary>
    None,

    /// <summary>Additive seasonality (A): the seasonal swing has a constant size.</summary>
    Additive,

    /// <summary>Multiplicative seasonality (M): the seasonal swing is proportional to the level.</summary>
    Multiplicative,
}
