using System.Text;
using Microsoft.Data.Sqlite;

namespace Tailor.Data.Sqlite;

/// <summary>
/// Writes rows through prepared multi-row INSERT statements. SQLite's cost per statement, not per
/// row, dominates bulk loads, so sending 64 rows per statement is several times faster than one.
/// </summary>
internal sealed class BatchInserter : IDisposable
{
    private const int RowsPerStatement = 64;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _head;
    private readonly string _tail;
    private readonly int _columns;
    private readonly object?[] _values;
    private readonly SqliteCommand _fullBatch;
    private int _rows;

    /// <param name="connection">Open connection.</param>
    /// <param name="transaction">The session's transaction.</param>
    /// <param name="table">Target table.</param>
    /// <param name="columns">Columns in the order values are added.</param>
    /// <param name="conflictClause">An ON CONFLICT clause, or empty.</param>
    public BatchInserter(
        SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, string conflictClause)
    {
        _connection = connection;
        _transaction = transaction;
        _columns = columns.Length;
        _head = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ";
        _tail = conflictClause;
        _values = new object?[RowsPerStatement * _columns];
        _fullBatch = CreateCommand(RowsPerStatement);
    }

    /// <summary>Rows inserted or changed by the statements sent so far.</summary>
    public long Changes { get; private set; }

    /// <summary>Queues one row; values in column order, null for NULL.</summary>
    public void Add(params ReadOnlySpan<object?> row)
    {
        if (row.Length != _columns)
        {
            throw new ArgumentException($"Expected {_columns} values, got {row.Length}.", nameof(row));
        }

        row.CopyTo(_values.AsSpan(_rows * _columns));
        _rows++;
        if (_rows == RowsPerStatement)
        {
            Flush();
        }
    }

    /// <summary>Sends the queued rows.</summary>
    public void Flush()
    {
        if (_rows == 0)
        {
            return;
        }

        if (_rows == RowsPerStatement)
        {
            Changes += Run(_fullBatch, _rows);
        }
        else
        {
            using var partial = CreateCommand(_rows);
            Changes += Run(partial, _rows);
        }

        _rows = 0;
    }

    private int Run(SqliteCommand command, int rows)
    {
        var parameters = command.Parameters;
        var count = rows * _columns;
        for (var i = 0; i < count; i++)
        {
            parameters[i].Value = _values[i] ?? DBNull.Value;
        }

        Array.Clear(_values, 0, count);
        return command.ExecuteNonQuery();
    }

    private SqliteCommand CreateCommand(int rows)
    {
        var sql = new StringBuilder(_head);
        var parameterIndex = 0;
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns; c++)
            {
                parameterIndex++;
                sql.Append(c == 0 ? "?" : ", ?").Append(parameterIndex);
            }

            sql.Append(')');
        }

        sql.Append(' ').Append(_tail);
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql.ToString();
        for (var i = 0; i < parameterIndex; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = "?" + (i + 1) });
        }

        command.Prepare();
        return command;
    }

    public void Dispose() => _fullBatch.Dispose();
}
