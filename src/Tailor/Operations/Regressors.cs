using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>
/// External regressors for <see cref="RegressionForecaster"/>: named columns (promotion flags, holidays,
/// price, temperature) with one value per period from the first observation of the series on, through
/// the periods to forecast. Future values are the user's plan or forecast, such as next month's
/// promotion calendar.
/// </summary>
public sealed class Regressors
{
    private readonly double[][] _columns;

    /// <summary>
    /// Validates and copies the columns: at least one, names unique and non-empty, every column the same
    /// length (at least 1) and finite.
    /// </summary>
    public Regressors(IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<double>> columns)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(columns);
        if (names.Count == 0 || names.Count != columns.Count)
        {
            throw new ArgumentException($"Regressors need at least one column and one name per column ({names.Count} names, {columns.Count} columns).", nameof(columns));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        _columns = new double[columns.Count][];
        for (int j = 0; j < columns.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(names[j]) || !seen.Add(names[j]))
            {
                throw new ArgumentException($"Regressor names must be non-empty and unique; '{names[j]}' is not.", nameof(names));
            }

            ArgumentNullException.ThrowIfNull(columns[j]);
            if (columns[j].Count == 0 || columns[j].Count != columns[0].Count)
            {
                throw new ArgumentException(
                    $"Regressor '{names[j]}' has {columns[j].Count} values; every regressor needs the same number (the first has {columns[0].Count}).", nameof(columns));
            }

            _columns[j] = [.. columns[j]];
            for (int t = 0; t < _columns[j].Length; t++)
            {
                if (!double.IsFinite(_columns[j][t]))
                {
                    throw new ArgumentException($"Regressor '{names[j]}' value {t} is {_columns[j][t]}; regressors must be finite.", nameof(columns));
                }
            }
        }

        Names = [.. names];
    }

    /// <summary>Names of the regressors, in column order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Periods covered, from the series' first observation.</summary>
    public int Length => _columns[0].Length;

    /// <summary>Value of regressor <paramref name="column"/> in period <paramref name="period"/>.</summary>
    public double this[int column, int period] => _columns[column][period];
}
