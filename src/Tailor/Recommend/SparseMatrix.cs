namespace Tailor.Recommend;

/// <summary>
/// A compressed sparse row (CSR) matrix of float32 values: row r's entries are
/// <c>ColumnIndices[RowPointers[r]..RowPointers[r+1]]</c>, columns ascending, no duplicates.
/// </summary>
public sealed class SparseMatrix
{
    public SparseMatrix(int rows, int columns, int[] rowPointers, int[] columnIndices, float[] values)
    {
        ArgumentNullException.ThrowIfNull(rowPointers);
        ArgumentNullException.ThrowIfNull(columnIndices);
        ArgumentNullException.ThrowIfNull(values);
        if (rowPointers.Length != rows + 1 || columnIndices.Length != values.Length || rowPointers[rows] != values.Length)
        {
            throw new ArgumentException("Row pointers, column indices and values do not describe one CSR matrix.");
        }

        Rows = rows;
        Columns = columns;
        RowPointers = rowPointers;
        ColumnIndices = columnIndices;
        Values = values;
    }

    public int Rows { get; }

    public int Columns { get; }

    public int[] RowPointers { get; }

    public int[] ColumnIndices { get; }

    public float[] Values { get; }

    public int NonZeros => Values.Length;

    public ReadOnlySpan<int> RowColumns(int row) => ColumnIndices.AsSpan(RowPointers[row], RowPointers[row + 1] - RowPointers[row]);

    public ReadOnlySpan<float> RowValues(int row) => Values.AsSpan(RowPointers[row], RowPointers[row + 1] - RowPointers[row]);

    public int RowLength(int row) => RowPointers[row + 1] - RowPointers[row];

    /// <summary>Builds a matrix from (row, column, value) entries; entries at the same cell are added.</summary>
    public static SparseMatrix FromEntries(int rows, int columns, IReadOnlyList<(int Row, int Column, float Value)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var counts = new int[rows + 1];
        foreach (var (row, column, _) in entries)
        {
            if ((uint)row >= (uint)rows || (uint)column >= (uint)columns)
            {
                throw new ArgumentOutOfRangeException(nameof(entries), $"Entry ({row}, {column}) is outside {rows} x {columns}.");
            }

            counts[row + 1]++;
        }

        for (var r = 0; r < rows; r++)
        {
            counts[r + 1] += counts[r];
        }

        var next = (int[])counts.Clone();
        var cols = new int[entries.Count];
        var vals = new float[entries.Count];
        foreach (var (row, column, value) in entries)
        {
            var at = next[row]++;
            cols[at] = column;
            vals[at] = value;
        }

        return Compact(rows, columns, counts, cols, vals);
    }

    /// <summary>Sorts each row by column and adds up duplicates.</summary>
    private static SparseMatrix Compact(int rows, int columns, int[] pointers, int[] cols, float[] vals)
    {
        var outPointers = new int[rows + 1];
        var write = 0;
        for (var r = 0; r < rows; r++)
        {
            var start = pointers[r];
            var length = pointers[r + 1] - start;
            Array.Sort(cols, vals, start, length);
            var rowStart = write;
            for (var i = start; i < start + length; i++)
            {
                if (write > rowStart && cols[write - 1] == cols[i])
                {
                    vals[write - 1] += vals[i];
                }
                else
                {
                    cols[write] = cols[i];
                    vals[write] = vals[i];
                    write++;
                }
            }

            outPointers[r + 1] = write;
        }

        return new SparseMatrix(rows, columns, outPointers, cols[..write], vals[..write]);
    }

    /// <summary>The transpose, also in CSR form (that is, this matrix by columns).</summary>
    public SparseMatrix Transpose()
    {
        var pointers = new int[Columns + 1];
        foreach (var c in ColumnIndices)
        {
            pointers[c + 1]++;
        }

        for (var c = 0; c < Columns; c++)
        {
            pointers[c + 1] += pointers[c];
        }

        var next = (int[])pointers.Clone();
        var cols = new int[NonZeros];
        var vals = new float[NonZeros];
        for (var r = 0; r < Rows; r++)
        {
            for (var k = RowPointers[r]; k < RowPointers[r + 1]; k++)
            {
                var at = next[ColumnIndices[k]]++;
                cols[at] = r;
                vals[at] = Values[k];
            }
        }

        return new SparseMatrix(Columns, Rows, pointers, cols, vals);
    }

    /// <summary>The same pattern with every stored value replaced.</summary>
    public SparseMatrix WithValues(float[] values) => new(Rows, Columns, RowPointers, ColumnIndices, values);
}
