namespace Tailor.Data;

/// <summary>What an API key may do.</summary>
[Flags]
public enum ApiScope
{
    None = 0,

    /// <summary>Send events: safe to embed in a web page.</summary>
    Ingest = 1,

    /// <summary>Read recommendations, profiles and reports.</summary>
    Read = 2,

    /// <summary>Everything: customers, items, orders, consent, erasure, training, keys.</summary>
    Admin = 4,
}
