using Tailor.Data;
using Tailor.Data.Csv;

namespace Tailor.Server.Dashboard;

/// <summary>
/// Imports a CSV file uploaded through the Data page with the same importer as `tailor import`: the
/// upload is written to a temporary folder under its own name, so the importer's messages name the file
/// the owner chose, and the folder is deleted afterwards.
/// </summary>
public static class UploadedImport
{
    /// <summary>The outcome: the importer's report, or why the file as a whole was refused (nothing written).</summary>
    public sealed record Outcome(ImportReport? Report, string? Error, string FileName);

    public static async Task<Outcome> RunAsync(
        ITailorStore store, string shopId, DataKind kind, ImportFormat format, IFormFile? file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (file is null || file.Length == 0)
        {
            return new Outcome(null, "Choose a CSV file to import: the file was missing or empty.", file?.FileName ?? "");
        }

        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        if (string.IsNullOrWhiteSpace(name) || name.StartsWith('.'))
        {
            name = "upload.csv";
        }

        var folder = Directory.CreateTempSubdirectory("tailor-upload-");
        var path = Path.Combine(folder.FullName, name);
        try
        {
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, cancellationToken);
            }

            var report = await Task.Run(() => new CsvImporter(store).Import(shopId, kind, path, format, cancellationToken: cancellationToken),
                cancellationToken);
            return new Outcome(report, null, name);
        }
        catch (ImportFailedException e)
        {
            return new Outcome(null, e.Message.Replace(path, name, StringComparison.Ordinal), name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
