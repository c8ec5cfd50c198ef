using System.Diagnostics;

namespace Tailor.Data.Csv;

/// <summary>
/// Imports a CSV file into a shop: every row is validated, good rows are committed in one
/// transaction, bad rows are reported with line, column and reason, and
/// accepted + rejected = read. A file that cannot be read as the expected layout changes nothing.
/// </summary>
public sealed class CsvImporter(ITailorStore store)
{
    /// <summary>Imports <paramref name="path"/> as <paramref name="kind"/> into the shop.</summary>
    /// <exception cref="ImportFailedException">The file as a whole cannot be imported; nothing was written.</exception>
    public ImportReport Import(
        string shopId,
        DataKind kind,
        string path,
        ImportFormat format = ImportFormat.Tailor,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (format == ImportFormat.OnlineRetail && kind != DataKind.Orders)
        {
            throw new ImportFailedException(
                $"The online-retail format holds orders; import it as 'orders', not '{kind.ToString().ToLowerInvariant()}'.");
        }

        var shop = store.FindShop(shopId) ?? throw new ImportFailedException($"Shop '{shopId}' does not exist.");
        var context = new ImportContext(FindZone(shop), DateTimeOffset.UtcNow);
        var clock = Stopwatch.StartNew();
        using var input = CsvInput.Open(path);
        var importer = CreateRowImporter(kind, format, input, path, context);

        long read = 0, rejected = 0;
        var errors = new List<RowError>();
        using var session = store.BeginImport(shopId);
        var row = new CsvRow(input.Reader);
        try
        {
            while (input.Reader.Read())
            {
                read++;
                if (importer.Accept(row) is { } error)
                {
                    rejected++;
                    if (errors.Count < ImportReport.MaxErrors)
                    {
                        errors.Add(error);
                    }
                }

                if (importer.Pending >= RowImporter.BatchRows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    importer.Flush(session);
                    progress?.Report(new ImportProgress(read, input.BytesRead, input.TotalBytes));
                }
            }
        }
        catch (Exception e) when (e is System.Text.DecoderFallbackException or Sylvan.Data.Csv.CsvFormatException or InvalidDataException)
        {
            throw new ImportFailedException(
                $"File '{path}' could not be read past line {row.Line}: {e.Message}. Nothing was imported.", e);
        }

        importer.Flush(session);
        session.Commit();
        progress?.Report(new ImportProgress(read, input.TotalBytes, input.TotalBytes));
        var formatName = format == ImportFormat.OnlineRetail ? "online-retail" : "tailor";
        return new ImportReport(kind, formatName, read, read - rejected, rejected, errors, session.Changes,
            session.Placeholders, importer.IgnoredColumns, clock.Elapsed);
    }

    private static RowImporter CreateRowImporter(
        DataKind kind, ImportFormat format, CsvInput input, string path, ImportContext context)
    {
        if (format == ImportFormat.OnlineRetail)
        {
            var retail = ColumnMap.Create(OnlineRetailRows.LayoutNames, OnlineRetailRows.RequiredNames, input, path,
                "UCI Online Retail");
            return new OnlineRetailRows(retail, context);
        }

        var layout = CsvLayout.For(kind);
        var columns = ColumnMap.Create(layout.Names.ToArray(),
            layout.Columns.Where(c => c.Required).Select(c => c.Name).ToArray(), input, path,
            kind.ToString().ToLowerInvariant());
        return kind switch
        {
            DataKind.Customers => new CustomerRows(columns, context),
            DataKind.Items => new ItemRows(columns, context),
            DataKind.Orders => new OrderRows(columns, context),
            DataKind.Events => new EventRows(columns, context),
            DataKind.Spend => new SpendRows(columns),
            DataKind.Campaigns => new CampaignRows(columns, context),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown data kind."),
        };
    }

    private static TimeZoneInfo FindZone(Shop shop)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(shop.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ImportFailedException($"Shop '{shop.Id}' has the unknown time zone '{shop.TimeZone}'.");
        }
    }
}
