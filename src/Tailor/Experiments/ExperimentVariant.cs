using System.Globalization;

namespace Tailor.Experiments;

/// <summary>One arm of an experiment: a recommendation strategy, a subject line, a send-time policy, anything.</summary>
/// <param name="Name">Name, unique within the experiment; the first variant is the control.</param>
/// <param name="Weight">Relative share of traffic (any positive scale: 50/50 and 1/1 are the same).</param>
public sealed record ExperimentVariant(string Name, double Weight)
{
    /// <summary>Parses "A:50,B:50" (or "A,B" for equal weights).</summary>
    /// <exception cref="ArgumentException">The text names no variant, a weight is not a positive number, or a name repeats.</exception>
    public static IReadOnlyList<ExperimentVariant> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var variants = new List<ExperimentVariant>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.LastIndexOf(':');
            var name = colon < 0 ? part : part[..colon].Trim();
            var weight = 1.0;
            if (colon >= 0 && !double.TryParse(part[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
            {
                throw new ArgumentException($"Variant '{part}': the weight after ':' is not a number (write NAME:WEIGHT, such as A:50).", "variants");
            }

            variants.Add(new ExperimentVariant(name, weight));
        }

        ExperimentSpec.ValidateVariants(variants);
        return variants;
    }
}
