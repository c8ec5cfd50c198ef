using Tailor.Data;

namespace Tailor.Customers;

/// <summary>What each <see cref="ResponsePropensityOutcome"/> means for a recorded send.</summary>
public static class ResponsePropensityOutcomes
{
    /// <summary>
    /// Whether a send got the response. A click or conversion implies an open, and a conversion a
    /// click, even where a channel does not track the earlier step (an SMS has no opens).
    /// </summary>
    public static bool IsResponse(this ResponsePropensityOutcome outcome, CampaignSend send)
    {
        ArgumentNullException.ThrowIfNull(send);
        return outcome switch
        {
            ResponsePropensityOutcome.Open => send.Opened || send.Clicked || send.Converted,
            ResponsePropensityOutcome.Click => send.Clicked || send.Converted,
            _ => send.Converted,
        };
    }
}
