using Tailor.Data;

namespace Tailor.Recommend;

/// <summary>
/// A customer's recommendations from their activity as stored, under the serving rules: without consent
/// to personalization their history is not used. Also answers "what would they be shown if they viewed
/// these items now?" with views added that are never stored.
/// </summary>
public static class CustomerRecommendations
{
    /// <summary>What the customer is recommended now.</summary>
    public static IReadOnlyList<Recommendation> For(
        RecommendationService service, CustomerActivity activity, RecommendationRequest request, DateTimeOffset now) =>
        IfViewed(service, activity, [], request, now);

    /// <summary>What the customer would be recommended after viewing <paramref name="viewedItems"/> at <paramref name="now"/>.</summary>
    /// <remarks>
    /// Without consent to personalization only the added views count: the preview is what an anonymous
    /// visitor viewing those items would get.
    /// </remarks>
    /// <exception cref="ArgumentException">An item is not in the trained model.</exception>
    public static IReadOnlyList<Recommendation> IfViewed(
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
            return service.Recommend(viewedItems.Count == 0 ? UserHistory.Empty : UserHistory.FromItems(viewedItems, service.Bundle.Items), request);
        }

        var views = viewedItems.Select((id, i) =>
            new ShopEvent(activity.Customer.ExternalId, null, id, EventTypes.View, null, null, null, now, $"what-if-{i}"));
        var history = UserHistory.FromActivity(activity with { Events = [.. activity.Events, .. views] }, service.Bundle.Items,
            service.Bundle.Options, now);
        return service.Recommend(history, request);
    }
}
