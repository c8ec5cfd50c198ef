namespace Tailor.Experiments;

/// <summary>What an experiment is, as created.</summary>
/// <param name="Key">Key, unique within the shop: letters, digits, '-', '_', '.'; up to 100 characters.</param>
/// <param name="Variants">Two or more variants with weights; the first is the control.</param>
/// <param name="Metric">Conversion (binary) or revenue (continuous).</param>
/// <param name="Bandit">Thompson-sampling bandit: traffic weights shift towards the variants likely to be best.</param>
/// <param name="Source">Logged outcomes or the subject's orders.</param>
/// <param name="WindowHours">Only outcomes within this many hours after the first exposure count (up to 87,600); null for no limit.</param>
public sealed record ExperimentSpec(
    string Key,
    IReadOnlyList<ExperimentVariant> Variants,
    ExperimentMetric Metric = ExperimentMetric.Conversion,
    bool Bandit = false,
    OutcomeSource Source = OutcomeSource.Logged,
    double? WindowHours = null)
{
    /// <summary>Most variants an experiment may have.</summary>
    public const int MaxVariants = 20;

    /// <summary>Longest outcome window: ten years, in hours.</summary>
    public const double MaxWindowHours = 87_600;

    /// <summary>Longest key and variant name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Throws an <see cref="ArgumentException"/> whose parameter name is the field at fault.</summary>
    public void Validate()
    {
        ValidateKey(Key);
        ValidateVariants(Variants);
        if (!Enum.IsDefined(Metric))
        {
            throw new ArgumentException($"Metric {Metric} is not conversion or revenue.", "metric");
        }

        if (!Enum.IsDefined(Source))
        {
            throw new ArgumentException($"Source {Source} is not logged or orders.", "source");
        }

        if (WindowHours is { } hours && !(hours is > 0 and <= MaxWindowHours))
        {
            throw new ArgumentException($"The outcome window must be a positive number of hours up to {MaxWindowHours:N0} (was {hours}).", "windowHours");
        }
    }

    /// <summary>Throws when <paramref name="key"/> is not a valid experiment key.</summary>
    public static void ValidateKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException("An experiment needs a key, such as 'homepage-recs' or 'subject-line-june'.", "key");
        }

        if (key.Length > MaxNameLength || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException(
                $"Experiment key '{key}' may hold only letters, digits, '-', '_' and '.', up to {MaxNameLength} characters.", "key");
        }
    }

    /// <summary>Throws when the variants are fewer than two, repeat a name, or have a weight that is not positive.</summary>
    public static void ValidateVariants(IReadOnlyList<ExperimentVariant>? variants)
    {
        if (variants is null || variants.Count < 2)
        {
            throw new ArgumentException("An experiment needs two or more variants, such as A:50,B:50 (the first is the control).", "variants");
        }

        if (variants.Count > MaxVariants)
        {
            throw new ArgumentException($"An experiment has at most {MaxVariants} variants; this one has {variants.Count}.", "variants");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in variants)
        {
            if (variant is null || string.IsNullOrWhiteSpace(variant.Name) || variant.Name.Length > MaxNameLength || variant.Name.Any(char.IsControl))
            {
                throw new ArgumentException($"Every variant needs a name of 1 to {MaxNameLength} printable characters.", "variants");
            }

            if (!seen.Add(variant.Name))
            {
                throw new ArgumentException($"Variant '{variant.Name}' appears twice.", "variants");
            }

            if (!(variant.Weight > 0) || !double.IsFinite(variant.Weight))
            {
                throw new ArgumentException($"Variant '{variant.Name}' has weight {variant.Weight}; weights must be positive numbers.", "variants");
            }
        }
    }
}
