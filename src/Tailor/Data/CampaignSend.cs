namespace Tailor.Data;

/// <summary>
/// One customer's copy of a campaign and what they did with it. The campaign's own fields are
/// repeated on each send so that one flat file describes both.
/// </summary>
/// <param name="CampaignId">External id of the campaign.</param>
/// <param name="Channel">Channel of the campaign: email, sms, push, post.</param>
/// <param name="Segment">Segment the campaign targeted, if any.</param>
/// <param name="Variant">Variant (subject line, offer) the customer received, if any.</param>
/// <param name="CustomerId">External id of the customer.</param>
/// <param name="SentAt">When this copy was sent.</param>
/// <param name="Opened">Whether it was opened.</param>
/// <param name="Clicked">Whether a link in it was clicked.</param>
/// <param name="Converted">Whether it led to a purchase.</param>
/// <param name="Unsubscribed">Whether the customer unsubscribed from it.</param>
/// <param name="Revenue">Revenue attributed to this send.</param>
public sealed record CampaignSend(
    string CampaignId,
    string Channel,
    string? Segment,
    string? Variant,
    string CustomerId,
    DateTimeOffset SentAt,
    bool Opened,
    bool Clicked,
    bool Converted,
    bool Unsubscribed,
    decimal? Revenue);
