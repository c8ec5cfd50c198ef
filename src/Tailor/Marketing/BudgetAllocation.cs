namespace Tailor.Marketing;

/// <summary>The result of <see cref="BudgetAllocator.Allocate"/>.</summary>
/// <param name="Spend">Daily spend per channel, in the order of the curves.</param>
/// <param name="Response">Sum of the curves at <paramref name="Spend"/>.</param>
/// <param name="Objective">Response minus the target times the total spend: what was maximised.</param>
/// <param name="MarginalResponse">
/// Response of the next unit of spend on every channel that is neither at a bound nor switched off
/// (the Lagrange multiplier of the budget, or the target when the budget is not used up).
/// </param>
/// <param name="BudgetBinding">Whether the whole budget is spent (more would still pay above the target).</param>
/// <param name="Method">"lagrange" when every curve is concave, "mip" when an S-shaped curve needed OR-Tools.</param>
public sealed record BudgetAllocation(
    IReadOnlyList<double> Spend, double Response, double Objective, double MarginalResponse, bool BudgetBinding, string Method);
