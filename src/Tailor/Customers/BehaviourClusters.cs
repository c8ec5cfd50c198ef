namespace Tailor.Customers;

/// <summary>The result of <see cref="BehaviourClustering"/>.</summary>
/// <param name="Clusters">The clusters, largest first.</param>
/// <param name="Assignments">Cluster id per customer id.</param>
/// <param name="SilhouetteByK">Mean silhouette of each k tried; the chosen k has the highest.</param>
/// <param name="Features">Names of the standardised features the clusters were built on.</param>
public sealed record BehaviourClusters(
    IReadOnlyList<BehaviourCluster> Clusters,
    IReadOnlyDictionary<string, int> Assignments,
    IReadOnlyDictionary<int, double> SilhouetteByK,
    IReadOnlyList<string> Features)
{
    /// <summary>The number of clusters chosen.</summary>
    public int K => Clusters.Count;
}
