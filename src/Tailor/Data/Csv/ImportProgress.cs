namespace Tailor.Data.Csv;

/// <summary>Progress of an import: rows read so far and bytes of the (possibly compressed) file consumed.</summary>
public readonly record struct ImportProgress(long RowsRead, long BytesRead, long TotalBytes);
