using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Tailor.Data.Sqlite;

/// <summary>
/// Writes rows through prepared multi-row INSERT statements, bound by position through SQLite's own
/// API. Bulk loads are dominated by per-statement and per-parameter overhead: 64 rows per statement
/// and index binding (ADO.NET parameters look each name up on every execution) make a large import
/// several times faster.
/// </summary>
internal sealed class BatchInserter : IDisposable
{
    private const int RowsPerStatement = 64;

    private readonly SqliteConnection _connection;
    private readonly string _head;
    private readonly string _tail;
    private readonly int _columns;
    private readonly object?[] _values;
    private readonly sqlite3_stmt _fullBatch;
    private int _rows;

    /// <param name="connection">Open connection, inside the session's transaction.</param>
    /// <param name="table">Target table.</param>
    /// <param name="columns">Columns in the order values are added.</param>
    /// <param name="conflictClause">An ON CONFLICT clause, or empty.</param>
    public BatchInserter(SqliteConnection connection, string table, string[] columns, string conflictClause)
    {
        _connection = connection;
        _columns = columns.Length;
        _head = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ";
        _tail = conflictClause;
        _values = new object?[RowsPerStatement * _columns];
        _fullBatch = Prepare(RowsPerStatement);
    }

    /// <summary>Rows queued but not yet sent.</summary>
    public int Pending => _rows;

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
            Run(_fullBatch, _rows);
        }
        else
        {
            var partial = Prepare(_rows);
            try
            {
                Run(partial, _rows);
            }
            finally
            {
                partial.Dispose();
            }
        }

        _rows = 0;
    }

    private void Run(sqlite3_stmt statement, int rows)
    {
        var db = _connection.Handle!;
        var count = rows * _columns;
        for (var i = 0; i < count; i++)
        {
            Check(Bind(statement, i + 1, _values[i]), db);
        }

        Array.Clear(_values, 0, count);
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        Changes += raw.sqlite3_changes(db);
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string s => raw.sqlite3_bind_text(statement, index, s),
        long l => raw.sqlite3_bind_int64(statement, index, l),
        int i => raw.sqlite3_bind_int64(statement, index, i),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, index, d),
        decimal m => raw.sqlite3_bind_double(statement, index, (double)m),
        _ => throw new ArgumentException($"Cannot store a value of type {value.GetType().Name}.", nameof(value)),
    };

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    private sqlite3_stmt Prepare(int rows)
    {
        var sql = new StringBuilder(_head);
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns; c++)
            {
                sql.Append(c == 0 ? "?" : ", ?");
            }

            sql.Append(')');
        }

        sql.Append(' ').Append(_tail);
        var db = _connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, sql.ToString(), out var statement), db);
        return statement;
    }

    public void Dispose() => _fullBatch.Dispose();
}
