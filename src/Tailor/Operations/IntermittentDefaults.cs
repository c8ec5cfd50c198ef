namespace Tailor.Operations;

/// <summary>Default values of <see cref="IntermittentOptions"/>.</summary>
public static class IntermittentDefaults
{
    /// <summary>Default method: the Syntetos-Boylan approximation, the least biased of the Croston family.</summary>
    public const IntermittentMethod Method = IntermittentMethod.Sba;

    /// <summary>Default smoothing of demand sizes and intervals (R's croston default).</summary>
    public const double Alpha = 0.1;

    /// <summary>Default smoothing of the demand probability (TSB only).</summary>
    public const double Beta = 0.1;

    /// <summary>Default: use the fixed smoothing constants.</summary>
    public const bool OptimizeSmoothing = false;

    /// <summary>Default lower end of the smoothing search.</summary>
    public const double SearchLower = 0.01;

    /// <summary>Default upper end of the smoothing search.</summary>
    public const double SearchUpper = 0.5;
}
