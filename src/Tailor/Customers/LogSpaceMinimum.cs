namespace Tailor.Customers;

/// <summary>Where <see cref="LogSpaceMinimizer"/> stopped.</summary>
/// <param name="LogParameters">The minimising log parameters.</param>
/// <param name="Value">Objective there.</param>
/// <param name="Converged">Whether the gradient there is small.</param>
/// <param name="Iterations">Iterations of all optimizer runs together.</param>
internal sealed record LogSpaceMinimum(double[] LogParameters, double Value, bool Converged, int Iterations);
