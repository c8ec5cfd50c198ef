namespace Tailor.Customers;

/// <summary>One behavioural cluster, described by what sets it apart.</summary>
/// <param name="Id">Cluster number, 0 to k - 1, largest cluster first.</param>
/// <param name="Size">Number of customers.</param>
/// <param name="Description">What distinguishes the cluster, in plain words.</param>
/// <param name="Traits">Distinguishing features, strongest first.</param>
/// <param name="MedianDaysSinceLastPurchase">Median days since the last purchase.</param>
/// <param name="MedianPurchaseDays">Median number of purchase days.</param>
/// <param name="MedianSpend">Median total spend.</param>
public sealed record BehaviourCluster(
    int Id,
    int Size,
    string Description,
    IReadOnlyList<ClusterTrait> Traits,
    double MedianDaysSinceLastPurchase,
    double MedianPurchaseDays,
    double MedianSpend);
