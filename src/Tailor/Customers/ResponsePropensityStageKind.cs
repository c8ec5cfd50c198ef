namespace Tailor.Customers;

/// <summary>Which step of the response funnel a stage predicts, and so which of a customer's counts its past rate uses.</summary>
public enum ResponsePropensityStageKind
{
    /// <summary>The send is opened; past rate = earlier opens over earlier sends.</summary>
    Open,

    /// <summary>The outcome among opened sends; past rate = earlier outcomes over earlier opens.</summary>
    GivenOpen,

    /// <summary>The outcome among all sends; past rate = earlier outcomes over earlier sends.</summary>
    Direct,
}
