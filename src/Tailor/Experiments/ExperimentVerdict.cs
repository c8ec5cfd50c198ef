using System.Globalization;
using System.Text;

namespace Tailor.Experiments;

/// <summary>
/// The plain-language reading of a report. Decisions rest on the adjusted sequential p-value, the one
/// that stays valid however often the report is read; the interval quoted is the fixed-horizon one of
/// the relative lift, the figure people plan with.
/// </summary>
public static class ExperimentVerdict
{
    /// <summary>Sentences for <paramref name="report"/> (its own Verdict is ignored).</summary>
    public static string Write(ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Exposures == 0)
        {
            return "No exposures yet: assign subjects to the experiment first.";
        }

        var text = new StringBuilder();
        if (report.Srm.Mismatch)
        {
            var split = string.Join("/", report.Variants.Select(v => Percent((double)v.Exposures / report.Exposures, 1)));
            var wanted = string.Join("/", report.Srm.ExpectedExposures.Select(e => Percent(e / report.Exposures, 1)));
            text.Append(CultureInfo.InvariantCulture,
                $"Sample ratio mismatch: exposures split {split} where the weights expect {wanted} (p {P(report.Srm.PValue)}); assignment or exposure logging is broken, so do not trust the comparisons below. ");
        }

        var control = report.Variants[0];
        int confidence = (int)Math.Round(report.Confidence * 100);
        foreach (var variant in report.Variants.Skip(1))
        {
            if (variant.VersusControl is not { } c)
            {
                text.Append(CultureInfo.InvariantCulture, $"{variant.Name} vs {control.Name}: not enough data yet (at least 2 exposures in each are needed). ");
                continue;
            }

            var size = c.Lift is { } lift
                ? $"{Percent(Math.Abs(lift), 1)} ({confidence}% CI {Percent(c.LiftLower!.Value, 1)} to {Percent(c.LiftUpper!.Value, 1)})"
                : $"{Number(Math.Abs(c.Difference))} per subject ({confidence}% CI {Number(c.DifferenceLower)} to {Number(c.DifferenceUpper)})";
            var sequential = $"sequential p {P(c.SequentialPValueAdjusted)}";
            if (c.Significant)
            {
                var direction = c.Difference > 0 ? "beats" : "is worse than";
                text.Append(CultureInfo.InvariantCulture, $"{variant.Name} {direction} {control.Name} by {size}; {sequential}. ");
            }
            else
            {
                var signed = c.Lift is { } l
                    ? $"{Signed(l)} ({confidence}% CI {Percent(c.LiftLower!.Value, 1)} to {Percent(c.LiftUpper!.Value, 1)})"
                    : $"{Number(c.Difference)} per subject ({confidence}% CI {Number(c.DifferenceLower)} to {Number(c.DifferenceUpper)})";
                text.Append(CultureInfo.InvariantCulture, $"No clear difference between {variant.Name} and {control.Name} yet: {signed}; {sequential}");
                if (c.PValueAdjusted < 1 - report.Confidence)
                {
                    // The classic test says yes, the always-valid one not yet: say which one is safe to act on.
                    text.Append(CultureInfo.InvariantCulture, $" (fixed-horizon p {P(c.PValueAdjusted)} holds only if this is the planned final look)");
                }

                text.Append(". ");
            }
        }

        if (report.Variants.Any(v => v.ProbabilityBest is not null))
        {
            var best = report.Variants.MaxBy(v => v.ProbabilityBest ?? 0)!;
            text.Append(CultureInfo.InvariantCulture,
                $"P(best): {best.Name} {Percent(best.ProbabilityBest!.Value, 1)}, expected loss of choosing it {Number(best.ExpectedLoss ?? 0)}.");
        }

        return text.ToString().TrimEnd();
    }

    private static string Percent(double fraction, int decimals) =>
        (fraction * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    private static string Signed(double fraction) => (fraction >= 0 ? "+" : "") + Percent(fraction, 1);

    /// <summary>"= 0.003" or "&lt; 0.001", to follow a "p".</summary>
    private static string P(double p) => p < 0.001 ? "< 0.001" : "= " + p.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>Three significant digits without exponents, down to 1e-10: 0.0000922, 0.0412, 12.3, 1234.5.</summary>
    private static string Number(double value) =>
        Math.Abs(value) >= 100 || value == 0
            ? value.ToString("F1", CultureInfo.InvariantCulture)
            : Math.Round(value, Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 10)).ToString("0.##########", CultureInfo.InvariantCulture);
}
