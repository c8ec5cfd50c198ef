namespace Tailor.Customers;

/// <summary>What each named RFM segment means and what marketers usually do with it, in plain words.</summary>
public static class RfmSegmentDescriptions
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["Champions"] = "Bought recently, buy often and spend the most. Reward them; they try new products and spread the word.",
        ["Loyal Customers"] = "Buy regularly and spend well. Upsell, ask for reviews, offer loyalty rewards.",
        ["loyal customers"] = "Bought fairly recently and buy often. Upsell and ask for reviews.",
        ["Potential Loyalist"] = "Recent customers with a few purchases. Offer membership or a loyalty programme.",
        ["potential loyalists"] = "Recent customers with a few purchases. Offer membership or a loyalty programme.",
        ["New Customers"] = "Bought for the first time very recently. Welcome them and help them succeed with the first purchase.",
        ["new customers"] = "Bought for the first time very recently. Welcome them and help them succeed with the first purchase.",
        ["Promising"] = "Bought recently but only once and spent little. Build awareness with free trials or samples.",
        ["promising"] = "Bought recently but only once. Build awareness with samples or a second-purchase offer.",
        ["Need Attention"] = "Middling recency, frequency and spend. Limited-time offers and recommendations may reactivate them.",
        ["need attention"] = "Middling recency and frequency. Limited-time offers and recommendations may reactivate them.",
        ["About To Sleep"] = "Below average recency and frequency. Share useful content and popular products before they drift away.",
        ["about to sleep"] = "Below average recency and frequency. Share useful content and popular products before they drift away.",
        ["At Risk"] = "Spent well and bought often, but long ago. Reach out with personal messages and renewals.",
        ["at risk"] = "Bought often, but long ago. Reach out with personal messages and renewals.",
        ["Can't Lose Them"] = "Made the biggest and most frequent purchases, but not for a long time. Win them back; talk to them.",
        ["can't lose"] = "Bought very often, but not for a long time. Win them back; talk to them.",
        ["Hibernating"] = "Last bought long ago, bought little and spent little. Offer other products and special discounts.",
        ["hibernating"] = "Last bought long ago and bought little. Offer other products and special discounts.",
        ["Lost"] = "Lowest recency, frequency and spend. Revive interest with an outreach campaign, or let them go.",
        ["champions"] = "Bought very recently and buy most often. Reward them; they try new products and spread the word.",
        ["Others"] = "Scores that match none of the named segments.",
    };

    /// <summary>The description of a segment name of <see cref="RfmPresets.Rfm11"/> or <see cref="RfmPresets.Rf10"/>, or null for another name.</summary>
    public static string? Describe(string segment) =>
        Descriptions.TryGetValue(segment, out var text) ? text : null;
}
