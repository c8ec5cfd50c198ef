namespace Tailor.Operations;

/// <summary>Error component of an ETS model.</summary>
public enum EtsError
{
    /// <summary>Additive errors (A): the noise has the same size at every level.</summary>
    Additive,

    /// <summary>Multiplicative errors (M): the noise grows with the level; needs strictly positive data.</summary>
    Multiplicative,
}
