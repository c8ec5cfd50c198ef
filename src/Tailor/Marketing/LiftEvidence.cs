namespace Tailor.Marketing;

/// <summary>
/// A <see cref="LiftTest"/> as the likelihood uses it: the channel's position among the fitted
/// channels, the test's days as indices of the history, and the measured incremental outcome a day in
/// the fit's outcome unit.
/// </summary>
internal readonly record struct LiftEvidence(int Channel, int FirstDay, int LastDay, double Observed, double StandardError)
{
    public int Days => LastDay - FirstDay + 1;
}
