namespace Tailor.Customers;

/// <summary>Response propensity measured per channel on later sends.</summary>
/// <param name="Outcome">The response predicted.</param>
/// <param name="Channels">One entry per channel with sends, in order of first appearance.</param>
public sealed record ResponsePropensityEvaluation(ResponsePropensityOutcome Outcome, IReadOnlyList<ResponsePropensityChannelEvaluation> Channels)
{
    /// <summary>The evaluation of a channel (case-insensitive), or null.</summary>
    public ResponsePropensityChannelEvaluation? For(string channel) =>
        Channels.FirstOrDefault(c => string.Equals(c.Channel, channel, StringComparison.OrdinalIgnoreCase));
}
