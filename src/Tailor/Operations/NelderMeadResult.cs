namespace Tailor.Operations;

/// <summary>Outcome of a <see cref="NelderMead"/> search.</summary>
/// <param name="Minimum">Best objective value found.</param>
/// <param name="Evaluations">Objective evaluations used.</param>
/// <param name="Converged">False when the evaluation budget ran out or the simplex stopped shrinking.</param>
internal readonly record struct NelderMeadResult(double Minimum, int Evaluations, bool Converged);
