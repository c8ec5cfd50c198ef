namespace Tailor.Customers;

/// <summary>One send as ML.NET reads it: features before the send and whether it got the response.</summary>
internal sealed class ResponsePropensityRow
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}
