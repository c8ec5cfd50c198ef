namespace Tailor.Experiments;

/// <summary>Adjusted p-values for several comparisons, equal to R's <c>p.adjust</c> with "holm" and "BH".</summary>
public static class MultipleComparisons
{
    /// <summary>Parses "holm", "bh" (or "benjamini-hochberg") and "none".</summary>
    /// <exception cref="ArgumentException">Another word; the parameter name is "correction".</exception>
    public static PValueCorrection ParseCorrection(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "holm" => PValueCorrection.Holm,
        "bh" or "benjamini-hochberg" or "benjaminihochberg" => PValueCorrection.BenjaminiHochberg,
        "none" => PValueCorrection.None,
        _ => throw new ArgumentException($"Correction '{text}' is not holm, bh or none.", "correction"),
    };

    /// <summary>Adjusts <paramref name="pValues"/> (any order; the result keeps it).</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues, PValueCorrection method)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        if (pValues.Any(p => !(p is >= 0 and <= 1)))
        {
            throw new ArgumentException("p-values must lie between 0 and 1.", nameof(pValues));
        }

        return method switch
        {
            PValueCorrection.None => pValues.ToArray(),
            PValueCorrection.Holm => Holm(pValues),
            PValueCorrection.BenjaminiHochberg => BenjaminiHochberg(pValues),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown correction."),
        };
    }

    /// <summary>Holm: the i-th smallest p (from 1) times m - i + 1, made non-decreasing, capped at 1.</summary>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        int m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[m];
        double running = 0;
        for (var rank = 0; rank < m; rank++)
        {
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }

    /// <summary>Benjamini-Hochberg: the i-th smallest p times m / i, made non-decreasing from the largest down, capped at 1.</summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        int m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[m];
        double running = 1;
        for (var rank = m - 1; rank >= 0; rank--)
        {
            running = Math.Min(running, (double)m / (rank + 1) * pValues[order[rank]]);
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }
}
