using System.Globalization;

namespace Tailor.Cli;

/// <summary>Durations as people write them on a command line: 45s, 30m, 6h, 1d; 0 for none.</summary>
internal static class DurationText
{
    private const double MaxSeconds = 10 * 365.25 * 86400;

    /// <summary>The duration, or null when the text is not one.</summary>
    public static TimeSpan? Parse(string text)
    {
        text = text.Trim();
        if (text is "0" or "off")
        {
            return TimeSpan.Zero;
        }

        if (text.Length < 2 || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            || amount < 0)
        {
            return null;
        }

        double? seconds = char.ToLowerInvariant(text[^1]) switch
        {
            's' => amount,
            'm' => amount * 60,
            'h' => amount * 3600,
            'd' => amount * 86400,
            _ => null,
        };

        // Ten years is already longer than any schedule means; beyond it TimeSpan itself overflows.
        return seconds is { } s && s <= MaxSeconds ? TimeSpan.FromSeconds(s) : null;
    }

    /// <summary>The largest whole unit that fits: 1d, 6h, 30m, 45s.</summary>
    public static string Format(TimeSpan duration) => duration switch
    {
        { TotalDays: >= 1 } when duration.TotalDays % 1 == 0 => $"{duration.TotalDays:0}d",
        { TotalHours: >= 1 } when duration.TotalHours % 1 == 0 => $"{duration.TotalHours:0}h",
        { TotalMinutes: >= 1 } when duration.TotalMinutes % 1 == 0 => $"{duration.TotalMinutes:0}m",
        _ => $"{duration.TotalSeconds:0.###}s",
    };
}
