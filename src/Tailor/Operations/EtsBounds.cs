namespace Tailor.Operations;

/// <summary>Which parameter region the ETS search may explore (R's <c>bounds</c> argument).</summary>
public enum EtsBounds
{
    /// <summary>Both the usual region and the admissible (forecastable) region: R's default.</summary>
    Both,

    /// <summary>Only the usual region: 0 &lt; beta &lt; alpha &lt; 1, 0 &lt; gamma &lt; 1 - alpha, phi within its limits.</summary>
    Usual,

    /// <summary>Only the admissible region, where the model forecasts stably.</summary>
    Admissible,
}
