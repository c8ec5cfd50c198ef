namespace Tailor.Operations;

/// <summary>
/// Knobs of <see cref="IntermittentForecaster"/>, Croston's method and its SBA and TSB variants for
/// items that sell in few periods. Defaults live in <see cref="IntermittentDefaults"/>.
/// </summary>
public sealed record IntermittentOptions
{
    /// <summary>Which method. Default <see cref="IntermittentMethod.Sba"/>.</summary>
    public IntermittentMethod Method { get; init; } = IntermittentDefaults.Method;

    /// <summary>
    /// Smoothing constant of demand sizes (and, for Croston and SBA, of the intervals between demands).
    /// Range (0, 1]. Default 0.1; values of 0.05-0.2 are usual for intermittent demand.
    /// </summary>
    public double Alpha { get; init; } = IntermittentDefaults.Alpha;

    /// <summary>Smoothing constant of the demand probability, TSB only. Range (0, 1]. Default 0.1.</summary>
    public double Beta { get; init; } = IntermittentDefaults.Beta;

    /// <summary>
    /// Chooses Alpha (and Beta for TSB) by the in-sample mean squared one-step error over a grid in
    /// [<see cref="SearchLower"/>, <see cref="SearchUpper"/>] instead of using the fixed values. Default false.
    /// </summary>
    public bool OptimizeSmoothing { get; init; } = IntermittentDefaults.OptimizeSmoothing;

    /// <summary>Lowest smoothing constant the search tries. Range (0, 1). Default 0.01.</summary>
    public double SearchLower { get; init; } = IntermittentDefaults.SearchLower;

    /// <summary>Highest smoothing constant the search tries. Range (SearchLower, 1]. Default 0.5.</summary>
    public double SearchUpper { get; init; } = IntermittentDefaults.SearchUpper;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(Alpha is > 0 and <= 1, nameof(Alpha), $"must be in (0, 1] (was {Alpha})");
        Require(Beta is > 0 and <= 1, nameof(Beta), $"must be in (0, 1] (was {Beta})");
        Require(SearchLower is > 0 and < 1, nameof(SearchLower), $"must be in (0, 1) (was {SearchLower})");
        Require(SearchUpper > SearchLower && SearchUpper <= 1, nameof(SearchUpper), $"must be in (SearchLower, 1] (was {SearchUpper})");
        Require(Enum.IsDefined(Method), nameof(Method), $"is not a known method (was {Method})");
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Intermittent-demand option {option} {problem}.", option);
        }
    }
}
