namespace Tailor.Customers;

/// <summary>One customer at a cut-off, as ML.NET reads it: features and whether they churned.</summary>
internal sealed class ChurnRow
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}
