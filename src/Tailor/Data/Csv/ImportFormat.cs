namespace Tailor.Data.Csv;

/// <summary>File layouts the importer reads.</summary>
public enum ImportFormat
{
    /// <summary>Tailor's own layout of each kind, as in docs/data-formats.md.</summary>
    Tailor,

    /// <summary>The UCI Online Retail transactions layout; imports orders (with their items and customers).</summary>
    OnlineRetail,
}
