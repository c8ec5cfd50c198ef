namespace Tailor.Customers;

/// <summary>A way of dividing customers into named groups.</summary>
public enum SegmentPreset
{
    /// <summary>The 11 R/F/M segments (<see cref="RfmPresets.Rfm11"/>).</summary>
    Rfm11 = 0,

    /// <summary>The 10 R/F segments (<see cref="RfmPresets.Rf10"/>).</summary>
    Rf10 = 1,

    /// <summary>Behavioural k-means clusters, named by their number ("0", "1", ...).</summary>
    Clusters = 2,
}
