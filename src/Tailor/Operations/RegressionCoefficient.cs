namespace Tailor.Operations;

/// <summary>One estimated coefficient of a regression.</summary>
/// <param name="Name">"intercept" or the regressor's name.</param>
/// <param name="Estimate">Least-squares estimate: units of demand per unit of the regressor.</param>
/// <param name="StandardError">Its standard error under independent errors.</param>
public sealed record RegressionCoefficient(string Name, double Estimate, double StandardError);
