namespace Tailor.Customers;

/// <summary>A smooth objective over log parameters: returns the value and writes the gradient.</summary>
internal delegate double LogSpaceObjective(ReadOnlySpan<double> logParameters, Span<double> gradient);
