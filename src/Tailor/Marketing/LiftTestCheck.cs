namespace Tailor.Marketing;

/// <summary>A lift test next to what the fitted curves say it should have measured.</summary>
/// <param name="Test">The test as given.</param>
/// <param name="Fitted">The fitted model's incremental outcome a day of the channel over the test's days, in the test's unit.</param>
public sealed record LiftTestCheck(LiftTest Test, double Fitted)
{
    /// <summary>How many standard errors the fit lies from the measurement; beyond about 2 the history and the test disagree.</summary>
    public double Deviation => (Fitted - Test.Incremental) / Test.StandardError;
}
