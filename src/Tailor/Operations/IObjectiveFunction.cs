namespace Tailor.Operations;

/// <summary>A function to minimise; +infinity or NaN marks a point outside the feasible region.</summary>
internal interface IObjectiveFunction
{
    double Value(ReadOnlySpan<double> x);
}
