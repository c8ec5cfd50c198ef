namespace Tailor.Customers;

/// <summary>Knobs of <see cref="CustomerAnalytics"/>: those of each part it runs. Every default is the part's own.</summary>
public sealed record CustomerAnalyticsOptions
{
    /// <summary>Bins and thresholds of the RFM scores; the rules are replaced by each preset's.</summary>
    public RfmOptions Rfm { get; init; } = new();

    /// <summary>Behavioural clustering: range of k, seed, features.</summary>
    public BehaviourClusterOptions Clusters { get; init; } = new();

    /// <summary>CLV horizon and discount rate (default twelve months at 1 % a month).</summary>
    public LifetimeValueOptions LifetimeValue { get; init; } = new();

    /// <summary>Churn horizon (default 90 days) and tree settings.</summary>
    public ChurnOptions Churn { get; init; } = new();

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Rfm, nameof(Rfm));
        ArgumentNullException.ThrowIfNull(Clusters, nameof(Clusters));
        ArgumentNullException.ThrowIfNull(LifetimeValue, nameof(LifetimeValue));
        ArgumentNullException.ThrowIfNull(Churn, nameof(Churn));
        Rfm.Validate();
        Clusters.Validate();
        LifetimeValue.Validate();
        Churn.Validate();
    }
}
