namespace Tailor.Customers;

/// <summary>One customer's standardised features, as ML.NET reads them.</summary>
internal sealed class KMeansRow
{
    public float[] Features { get; set; } = [];
}
