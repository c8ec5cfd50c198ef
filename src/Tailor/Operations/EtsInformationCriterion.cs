namespace Tailor.Operations;

/// <summary>Criterion that picks the ETS model when the model is selected automatically.</summary>
public enum EtsInformationCriterion
{
    /// <summary>Corrected Akaike criterion (R's default).</summary>
    Aicc,

    /// <summary>Akaike criterion.</summary>
    Aic,

    /// <summary>Bayesian criterion; prefers smaller models.</summary>
    Bic,
}
