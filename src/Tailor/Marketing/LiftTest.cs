namespace Tailor.Marketing;

/// <summary>
/// The result of an experiment that withheld one channel from part of the shop's customers or regions
/// (a conversion-lift holdout, a geo test that switched the channel off), as Meta, Google and GeoLift
/// report it: the channel's incremental outcome a day over the test, scaled to the whole shop, with its
/// standard error. <see cref="ResponseCurveFitter"/> adds it to the likelihood (calibration, as Robyn,
/// Meridian and PyMC-Marketing do), which pins down what the history alone cannot: how much the channel
/// buys at the spend it ran at during the test.
/// </summary>
/// <param name="Channel">The channel withheld, as named in the spend rows.</param>
/// <param name="Start">First day of the test; it must lie inside the fitted history.</param>
/// <param name="End">Last day of the test (inclusive), not before <paramref name="Start"/> and inside the history.</param>
/// <param name="Incremental">
/// Outcome a day the channel added over the test for the whole shop, at the spend it ran at (the
/// spend rows of those days): incremental orders a day, or revenue a day with <paramref name="Outcome"/> revenue.
/// May be negative or zero when the test found nothing.
/// </param>
/// <param name="StandardError">Standard error of <paramref name="Incremental"/>, positive.</param>
/// <param name="Outcome">What <paramref name="Incremental"/> counts; converted with the mean order value when the curves explain the other.</param>
public sealed record LiftTest(
    string Channel,
    DateOnly Start,
    DateOnly End,
    double Incremental,
    double StandardError,
    MarketingOutcome Outcome = MarketingOutcome.Orders)
{
    /// <summary>What is wrong with the test, in a sentence; null when nothing is.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Channel) ? "A lift test needs the channel it withheld."
        : End < Start ? $"The lift test of '{Channel}' ends ({End:yyyy-MM-dd}) before it starts ({Start:yyyy-MM-dd})."
        : !double.IsFinite(Incremental) ? $"The lift test of '{Channel}' has no finite incremental outcome (was {Incremental})."
        : !(double.IsFinite(StandardError) && StandardError > 0) ? $"The lift test of '{Channel}' needs a positive standard error (was {StandardError})."
        : null;

    /// <summary>Throws an <see cref="ArgumentException"/> saying what is wrong with the test (<see cref="Problem"/>).</summary>
    public void Validate()
    {
        if (Problem() is { } problem)
        {
            throw new ArgumentException(problem, "liftTest");
        }
    }
}
