using Tailor.Data;
using Tailor.Recommend;

namespace Tailor.Tests.Recommend;

public sealed class CustomerRecommendationsTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static CustomerActivity BoughtKitchen(Consent consent) =>
        new(new Customer("c", Now.AddDays(-30), null, null, null, consent),
            [new Order("o1", "c", Now.AddDays(-1), null, null, [new OrderLine(1, "d", 1, 10m)])], []);

    [Fact]
    public void A_viewed_candle_brings_candles_into_a_kitchen_buyer_s_list_with_the_view_as_their_reason()
    {
        var service = RecommendationServiceTests.Service();
        var activity = BoughtKitchen(Consent.Default);
        var request = new RecommendationRequest { Count = 4 };

        var now = CustomerRecommendations.For(service, activity, request, Now);
        var after = CustomerRecommendations.IfViewed(service, activity, ["a"], request, Now);

        Assert.DoesNotContain(now, r => r.Reason.Contains("A title", StringComparison.Ordinal));
        Assert.Contains(after, r => r.ItemId is "b" or "c" && r.Reason == "Because you viewed A title");
        // The preview recorded nothing: the activity is as it was.
        Assert.Empty(activity.Events);
    }

    [Fact]
    public void Without_consent_the_history_is_ignored_and_the_preview_is_an_anonymous_visitor_s()
    {
        var service = RecommendationServiceTests.Service();
        var activity = BoughtKitchen(Consent.Default with { Personalization = false });
        var request = new RecommendationRequest { Count = 4 };

        var now = CustomerRecommendations.For(service, activity, request, Now);
        var after = CustomerRecommendations.IfViewed(service, activity, ["a"], request, Now);

        Assert.Equal(service.Recommend(UserHistory.Empty, request).Select(r => r.ItemId), now.Select(r => r.ItemId));
        Assert.Equal(service.Recommend(UserHistory.FromItems(["a"], service.Bundle.Items), request).Select(r => r.ItemId), after.Select(r => r.ItemId));
    }

    [Fact]
    public void An_item_the_model_does_not_know_is_refused_by_name()
    {
        var service = RecommendationServiceTests.Service();

        var error = Assert.Throws<ArgumentException>(() =>
            CustomerRecommendations.IfViewed(service, BoughtKitchen(Consent.Default), ["zz"], new RecommendationRequest(), Now));

        Assert.Contains("'zz'", error.Message, StringComparison.Ordinal);
    }
}
