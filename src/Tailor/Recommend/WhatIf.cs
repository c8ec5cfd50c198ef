using Tailor.Data;

namespace Tailor.Recommend;

/// <summary>
/// "What would this customer be shown if they viewed these items now?": their real activity with views
/// added that are never stored, scored exactly as a live request would score it.
/// </summary>
public static class WhatIf
{
    /// <summary>Recommendations for the customer's activity plus views of <paramref name="viewedItems"/> at <paramref name="now"/>.</summary>
    /// <remarks>
    /// Without consent to personalization the customer's real history is not used, as in serving: the
    /// preview is then what an anonymous visitor viewing those items would get.
    /// </remarks>
    public static IReadOnlyList<Recommendation> Viewed(
        RecommendationService service, CustomerActivity activity, IReadOnlyList<string> viewedItems, RecommendationRequest request,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(viewedItems);
        var unknown = viewedItems.Where(id => !service.Bundle.Items.TryGetIndex(id, out _)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Item '{unknown[0]}' is not in the trained model; train again after adding it.", nameof(viewedItems));
        }

        if (!activity.Customer.Consent.Personalization)
        {
            return service.Recommend(UserHistory.FromItems(viewedItems, service.Bundle.Items), request);
        }

        var views = viewedItems.Select((id, i) => new ShopEvent(activity.Customer.ExternalId, null, id, EventTypes.View, null, null, null,
            now, $"what-if-{i}"));
        var history = UserHistory.FromActivity(activity with { Events = [.. activity.Events, .. views] }, service.Bundle.Items,
            service.Bundle.Options, now);
        return service.Recommend(history, request);
    }
}
