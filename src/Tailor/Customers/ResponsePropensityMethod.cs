namespace Tailor.Customers;

/// <summary>How a channel's response propensity is computed.</summary>
public enum ResponsePropensityMethod
{
    /// <summary>Gradient-boosted trees (ML.NET FastTree) on engagement, purchase and activity history.</summary>
    Trees,

    /// <summary>
    /// The customer's own past response rate on the channel, shrunk towards the channel's rate by a
    /// fitted number of pseudo-sends (a Beta-Binomial posterior mean).
    /// </summary>
    PastRate,
}
