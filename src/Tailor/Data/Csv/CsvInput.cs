using System.IO.Compression;
using System.Text;
using Sylvan.Data.Csv;

namespace Tailor.Data.Csv;

/// <summary>
/// Opens a CSV file (plain or gzip, comma or tab, UTF-8) and checks, before any row is read, that
/// it is text with a header line; a file that is not fails here, so nothing gets written.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    private const int SniffChars = 64 * 1024;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly FileStream _file;

    private CsvInput(FileStream file, CsvDataReader reader)
    {
        _file = file;
        Reader = reader;
    }

    public CsvDataReader Reader { get; }

    /// <summary>Compressed bytes consumed so far, for progress.</summary>
    public long BytesRead => _file.Position;

    public long TotalBytes => _file.Length;

    /// <summary>Header names as normalised by <see cref="NormalizeName"/>, in file order.</summary>
    public IReadOnlyList<string> Header { get; private init; } = [];

    /// <summary>Header names exactly as the file spells them.</summary>
    public IReadOnlyList<string> RawHeader { get; private init; } = [];

    public static CsvInput Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImportFailedException($"File '{path}' does not exist.");
        }

        var delimiter = Sniff(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var text = new StreamReader(Decompress(file, path), StrictUtf8, detectEncodingFromByteOrderMarks: true, 1 << 16);
            var reader = CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                HasHeaders = true,
                Delimiter = delimiter,
                Comment = '\0', // '#' starts real values (ids, colours), never comments
                BufferSize = 1 << 16,
            });
            var raw = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            return new CsvInput(file, reader) { RawHeader = raw, Header = raw.Select(NormalizeName).ToArray() };
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException or CsvFormatException)
        {
            file.Dispose();
            throw new ImportFailedException($"File '{path}' is not a readable CSV file: {e.Message}", e);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>"Customer ID", "customer-id" and "customer_id" are the same column.</summary>
    public static string NormalizeName(string name) =>
        name.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    private static Stream Decompress(FileStream file, string path)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.Read(magic);
        file.Position = 0;
        var gzip = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        if (!gzip && path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && read > 0)
        {
            throw new ImportFailedException($"File '{path}' ends in .gz but is not gzip-compressed.");
        }

        return gzip ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : file;
    }

    /// <summary>Reads the start of the file: text, a header, and which delimiter it uses.</summary>
    private static char Sniff(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new char[SniffChars];
        int length;
        try
        {
            using var text = new StreamReader(Decompress(file, path), StrictUtf8, detectEncodingFromByteOrderMarks: true);
            length = text.ReadBlock(buffer, 0, buffer.Length);
        }
        catch (InvalidDataException e)
        {
            throw new ImportFailedException($"File '{path}' is not valid gzip: {e.Message}", e);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFailedException(
                $"File '{path}' is not UTF-8 text (a byte in its first {SniffChars / 1024} KiB is invalid): save it as UTF-8 CSV.");
        }

        var start = buffer.AsSpan(0, length);
        if (start.Trim().IsEmpty)
        {
            throw new ImportFailedException($"File '{path}' is empty: expected a header line and rows.");
        }

        var nul = start.IndexOf('\0');
        if (nul >= 0)
        {
            throw new ImportFailedException(
                $"File '{path}' is not CSV text: it holds binary data (a NUL character at position {nul}).");
        }

        var end = start.IndexOfAny('\r', '\n');
        var header = end < 0 ? start : start[..end];
        var commas = header.Count(',');
        var tabs = header.Count('\t');
        var semicolons = header.Count(';');
        if (semicolons > commas && semicolons > tabs)
        {
            throw new ImportFailedException(
                $"File '{path}' separates columns with ';': Tailor reads comma- or tab-separated files with a decimal point.");
        }

        return tabs > commas ? '\t' : ',';
    }

    public void Dispose()
    {
        Reader.Dispose();
        _file.Dispose();
    }
}
