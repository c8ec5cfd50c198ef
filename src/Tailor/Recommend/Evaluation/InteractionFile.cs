using System.IO.Compression;
using System.Text;
using Tailor.Data.Csv;

namespace Tailor.Recommend.Evaluation;

/// <summary>
/// Reads external interaction files, such as published train/test splits: one
/// <c>user,item[,weight[,timestamp]]</c> per line, by position.
/// <list type="bullet">
/// <item>Fields are separated by a tab when the first line has one, else by commas; a field may be
/// quoted in double quotes ("" inside for a quote). Fields are trimmed; blank lines are skipped.</item>
/// <item>The first line is a header, and skipped, when one of its fields is a column name (user,
/// item, weight, rating, timestamp and the like, as in "userId" or "item_id") or its weight field
/// is not a number.</item>
/// <item>A missing or empty weight is 1; negative weights are kept (cancellations).</item>
/// <item>A timestamp is Unix seconds (a number) or ISO 8601; without an offset it is UTC. A missing
/// one is the Unix epoch, so time-ordered splits keep the file order.</item>
/// </list>
/// Files ending in .gz are decompressed. A bad line stops the read with an
/// <see cref="InteractionFileException"/> such as "line 17: weight 'x' is not a number".
/// </summary>
public static class InteractionFile
{
    private static readonly HashSet<string> _headerWords = new(StringComparer.Ordinal)
    {
        "user", "userid", "users", "customer", "customerid", "visitor", "visitorid", "session", "sessionid",
        "item", "itemid", "items", "product", "productid", "sku", "stockcode", "movieid",
        "weight", "rating", "score", "value", "count", "quantity", "timestamp", "time", "date", "datetime",
    };

    /// <summary>Reads the file at <paramref name="path"/> (plain or gzip, UTF-8).</summary>
    /// <exception cref="InteractionFileException">The file is missing or a line is bad; the message starts with the path.</exception>
    public static IReadOnlyList<Interaction> Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InteractionFileException($"{path}: the file does not exist.");
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        try
        {
            return Read(reader, path, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new InteractionFileException($"{path}: not a readable gzip file ({e.Message}).", e);
        }
    }

    /// <summary>Reads interactions from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">A name for the text (such as its path) to start error messages with; none when null.</param>
    /// <param name="cancellationToken">Checked every few thousand lines.</param>
    /// <exception cref="InteractionFileException">A line is bad.</exception>
    public static IReadOnlyList<Interaction> Read(TextReader reader, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var prefix = source is null ? string.Empty : source + ": ";
        var interactions = new List<Interaction>();
        var fields = new List<string>(4);
        char? delimiter = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if ((lineNumber & 0xfff) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var first = delimiter is null;
            delimiter ??= line.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
            if (!Split(line, delimiter.Value, fields))
            {
                throw Bad(prefix, lineNumber, "a quoted field is not closed");
            }

            if (first && IsHeader(fields))
            {
                continue;
            }

            interactions.Add(Parse(fields, delimiter.Value, prefix, lineNumber));
        }

        return interactions;
    }

    private static Interaction Parse(List<string> fields, char delimiter, string prefix, int lineNumber)
    {
        if (fields.Count < 2 || fields.Count > 4)
        {
            var name = delimiter == '\t' ? "tabs" : "commas";
            throw Bad(prefix, lineNumber, $"expected user,item[,weight[,timestamp]] separated by {name}, found {fields.Count} field{(fields.Count == 1 ? "" : "s")}");
        }

        if (fields[0].Length == 0)
        {
            throw Bad(prefix, lineNumber, "the user is empty");
        }

        if (fields[1].Length == 0)
        {
            throw Bad(prefix, lineNumber, "the item is empty");
        }

        var weight = 1f;
        if (fields.Count > 2 && fields[2].Length > 0)
        {
            if (!FieldParser.TryDouble(fields[2], out var value) || !float.IsFinite((float)value))
            {
                throw Bad(prefix, lineNumber, $"weight '{fields[2]}' is not a number");
            }

            weight = (float)value;
        }

        var timestamp = DateTimeOffset.UnixEpoch;
        if (fields.Count > 3 && fields[3].Length > 0 && !TryTimestamp(fields[3], out timestamp))
        {
            throw Bad(prefix, lineNumber, $"timestamp '{fields[3]}' is neither Unix seconds nor an ISO 8601 date-time");
        }

        return new Interaction(fields[0], fields[1], weight, timestamp);
    }

    private static bool TryTimestamp(string text, out DateTimeOffset value)
    {
        if (FieldParser.TryDouble(text, out var seconds))
        {
            // Unix seconds must land within DateTimeOffset's years 1 to 9999.
            if (seconds >= -62_135_596_800 && seconds <= 253_402_300_799)
            {
                value = DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
                return true;
            }

            value = default;
            return false;
        }

        return FieldParser.TryTimestamp(text, TimeZoneInfo.Utc, out value);
    }

    private static bool IsHeader(List<string> fields)
    {
        foreach (var field in fields)
        {
            if (_headerWords.Contains(Normalize(field)))
            {
                return true;
            }
        }

        return fields.Count > 2 && fields[2].Length > 0 && !FieldParser.TryDouble(fields[2], out _);
    }

    /// <summary>Lower case without separators, so "User_ID", "user id" and "userId" all read "userid".</summary>
    private static string Normalize(string field)
    {
        var builder = new StringBuilder(field.Length);
        foreach (var c in field)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits one line into trimmed fields; false when a quote is left open.</summary>
    private static bool Split(string line, char delimiter, List<string> fields)
    {
        fields.Clear();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return false;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                // Anything between the closing quote and the delimiter is kept, as Sylvan and Excel do.
                while (i < line.Length && line[i] != delimiter)
                {
                    field.Append(line[i++]);
                }

                fields.Add(field.ToString().Trim());
            }
            else
            {
                var end = line.IndexOf(delimiter, i);
                end = end < 0 ? line.Length : end;
                fields.Add(line[i..end].Trim());
                i = end;
            }

            if (i >= line.Length)
            {
                return true;
            }

            i++; // the delimiter
        }
    }

    private static InteractionFileException Bad(string prefix, int lineNumber, string problem) =>
        new($"{prefix}line {lineNumber}: {problem}.", lineNumber);
}
