using System.Globalization;

namespace Tailor.Marketing;

/// <summary>A bound on one channel's spend over the planning horizon: an amount, or a share of its historical spend.</summary>
/// <param name="Channel">Channel name.</param>
/// <param name="Value">Amount in shop currency over the horizon, or a share (1 = the historical spend over the horizon).</param>
/// <param name="RelativeToHistory">Whether <paramref name="Value"/> is a share of the channel's historical spend.</param>
public sealed record SpendLimit(string Channel, double Value, bool RelativeToHistory)
{
    /// <summary>Reads "channel=amount" or "channel=share%" (such as "search=500" or "search=80%").</summary>
    /// <exception cref="FormatException">The text is not of that form or the number is negative.</exception>
    public static SpendLimit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.LastIndexOf('=');
        var channel = equals > 0 ? text[..equals].Trim() : "";
        var value = equals > 0 ? text[(equals + 1)..].Trim() : "";
        var relative = value.EndsWith('%');
        if (relative)
        {
            value = value[..^1];
        }

        if (channel.Length == 0 || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number) || number < 0)
        {
            throw new FormatException($"'{text}' is not channel=amount or channel=percent% with a number of at least 0 (such as search=500 or search=80%).");
        }

        return new SpendLimit(channel, relative ? number / 100 : number, relative);
    }

    /// <summary>The limit as a daily amount, given the channel's historical daily spend and the horizon.</summary>
    public double Daily(double historicalDailySpend, int horizonDays) => RelativeToHistory ? Value * historicalDailySpend : Value / horizonDays;
}
