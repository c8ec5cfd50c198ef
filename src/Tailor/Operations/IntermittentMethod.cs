namespace Tailor.Operations;

/// <summary>Forecasting method for intermittent demand (many periods with no sales).</summary>
public enum IntermittentMethod
{
    /// <summary>
    /// Croston (1972): smooths the non-zero demand sizes and the intervals between them separately and
    /// forecasts size / interval per period. Biased upwards.
    /// </summary>
    Croston,

    /// <summary>Syntetos-Boylan approximation (2005): Croston times (1 - alpha / 2), which removes most of the bias.</summary>
    Sba,

    /// <summary>
    /// Teunter, Syntetos and Babai (2011): smooths the probability of a demand every period (so an item
    /// that stops selling fades out) and the size when a demand occurs; forecasts probability x size.
    /// </summary>
    Tsb,
}
