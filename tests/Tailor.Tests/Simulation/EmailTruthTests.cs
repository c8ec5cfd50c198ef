using Tailor.Data;

namespace Tailor.Tests.Simulation;

[Collection(SimulatedShopCollection.Name)]
public class EmailTruthTests(SimulatedShopFixture fixture)
{
    [Fact]
    public void Emails_sent_near_the_preferred_hour_are_opened_more()
    {
        var truth = fixture.Truth;
        var near = new List<double>();
        var far = new List<double>();
        foreach (var send in fixture.Shop.CampaignSends)
        {
            var distance = Tailor.Simulation.EmailResponseTruth.HourDistance(send.SentAt.Hour, truth.Customer(send.CustomerId).PreferredHour);
            if (distance <= 1)
            {
                near.Add(send.Opened ? 1 : 0);
            }
            else if (distance >= 6)
            {
                far.Add(send.Opened ? 1 : 0);
            }
        }

        Assert.True(near.Count > 1000 && far.Count > 1000);
        Assert.True(near.Average() > 1.5 * far.Average(), $"near {near.Average():F3} vs far {far.Average():F3}");
    }

    [Fact]
    public void The_variant_with_the_higher_true_open_rate_is_opened_more()
    {
        var truth = fixture.Truth;
        var opens = fixture.Shop.CampaignSends
            .GroupBy(s => (s.CampaignId, s.Variant))
            .ToDictionary(g => g.Key, g => (Sends: g.Count(), Opens: g.Count(s => s.Opened)));
        int betterSends = 0, betterOpens = 0, worseSends = 0, worseOpens = 0, clearWins = 0, clearPairs = 0;
        foreach (var campaign in truth.Campaigns.Where(c => c.Variants.Count == 2))
        {
            var ordered = campaign.Variants.OrderByDescending(v => v.ExpectedOpenRate).ToList();
            var (better, worse) = (opens[(campaign.CampaignId, ordered[0].Variant)], opens[(campaign.CampaignId, ordered[1].Variant)]);
            Assert.Equal(ordered[0].Sends, better.Sends);
            Assert.Equal(ordered[1].Sends, worse.Sends);
            (betterSends, betterOpens, worseSends, worseOpens) =
                (betterSends + better.Sends, betterOpens + better.Opens, worseSends + worse.Sends, worseOpens + worse.Opens);
            if (ordered[0].BaseOpenRate > 1.2 * ordered[1].BaseOpenRate && better.Sends + worse.Sends > 400)
            {
                clearPairs++;
                clearWins += better.Opens / (double)better.Sends > worse.Opens / (double)worse.Sends ? 1 : 0;
            }
        }

        Assert.True(betterSends > 5000, $"{betterSends} sends of better variants");
        Assert.True(betterOpens / (double)betterSends > 1.05 * worseOpens / worseSends);
        Assert.True(clearPairs >= 3 && clearWins >= clearPairs - 1, $"{clearWins} of {clearPairs} clear differences won");
    }

    [Fact]
    public void Realised_open_rates_match_the_expected_ones()
    {
        var truth = fixture.Truth;
        var expected = truth.Campaigns.SelectMany(c => c.Variants).Sum(v => v.ExpectedOpenRate * v.Sends);
        var opened = fixture.Shop.CampaignSends.Count(s => s.Opened);
        Assert.InRange(opened / expected, 0.95, 1.03);
        Assert.Equal(fixture.Shop.CampaignSends.Count, truth.Campaigns.SelectMany(c => c.Variants).Sum(v => v.Sends));
    }

    [Fact]
    public void Unsubscribes_rise_with_send_frequency()
    {
        var byCustomer = fixture.Shop.CampaignSends.GroupBy(s => s.CustomerId);
        var (lowSends, lowUnsubscribes, highSends, highUnsubscribes) = (0, 0, 0, 0);
        foreach (var sends in byCustomer)
        {
            var list = sends.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                var recent = list.Take(i + 1).Count(s => s.SentAt > list[i].SentAt.AddDays(-30));
                if (recent <= 2)
                {
                    lowSends++;
                    lowUnsubscribes += list[i].Unsubscribed ? 1 : 0;
                }
                else if (recent >= 4)
                {
                    highSends++;
                    highUnsubscribes += list[i].Unsubscribed ? 1 : 0;
                }
            }
        }

        Assert.True(highSends > 1000, $"{highSends} sends to customers with 4 or more in 30 days");
        Assert.True(highUnsubscribes / (double)highSends > 2 * lowUnsubscribes / (double)lowSends);
    }

    [Fact]
    public void Only_consenting_subscribers_receive_email_and_unsubscribing_stops_it()
    {
        var truth = fixture.Truth;
        var customers = fixture.Shop.Customers.ToDictionary(c => c.ExternalId, StringComparer.Ordinal);
        foreach (var send in fixture.Shop.CampaignSends)
        {
            var customer = truth.Customer(send.CustomerId);
            Assert.True(customer.ConsentAtSignup.EmailMarketing);
            Assert.True(customers[send.CustomerId].CreatedAt < send.SentAt);
            Assert.True(customer.UnsubscribedAt is null || send.SentAt < customer.UnsubscribedAt);
            Assert.Equal("email", send.Channel);
        }

        var unsubscribed = truth.Customers.Where(c => c.UnsubscribedAt is not null).ToList();
        Assert.NotEmpty(unsubscribed);
        Assert.All(unsubscribed, c => Assert.False(customers[c.CustomerId].Consent.EmailMarketing));
        Assert.Equal(unsubscribed.Count, fixture.Shop.CampaignSends.Count(s => s.Unsubscribed));
    }

    [Fact]
    public void Conversions_are_real_orders_and_email_events_match_the_sends()
    {
        var truth = fixture.Truth;
        var orders = fixture.Shop.Orders.ToDictionary(o => o.ExternalId, StringComparer.Ordinal);
        var converted = fixture.Shop.CampaignSends.Where(s => s.Converted).ToList();
        Assert.True(converted.Count > 50, $"{converted.Count} conversions");
        Assert.Equal(converted.Count, truth.OrderCampaigns.Count);
        var byKey = converted.ToDictionary(s => (s.CampaignId, s.CustomerId));
        foreach (var (orderId, campaignId) in truth.OrderCampaigns)
        {
            var order = orders[orderId];
            var send = byKey[(campaignId, order.CustomerId!)];
            Assert.True(send.Opened && send.Clicked);
            Assert.InRange((order.Timestamp - send.SentAt).TotalHours, 0, 200);
            Assert.Equal(order.Lines.Sum(l => l.Quantity * l.UnitPrice), send.Revenue);
        }

        Assert.All(fixture.Shop.CampaignSends.Where(s => !s.Converted), s => Assert.Null(s.Revenue));
        Assert.All(fixture.Shop.CampaignSends.Where(s => s.Clicked), s => Assert.True(s.Opened));
        var events = fixture.Shop.Events;
        Assert.Equal(fixture.Shop.CampaignSends.Count(s => s.Opened), events.Count(e => e.Type == EventTypes.EmailOpen));
        Assert.Equal(fixture.Shop.CampaignSends.Count(s => s.Clicked), events.Count(e => e.Type == EventTypes.EmailClick));
        Assert.All(events.Where(e => e.Type is EventTypes.EmailOpen or EventTypes.EmailClick), e => Assert.Equal("email", e.Channel));
    }

    [Fact]
    public void Campaigns_are_sent_two_to_four_times_a_month()
    {
        var months = fixture.Truth.Campaigns.GroupBy(c => (c.Date.Year, c.Date.Month)).ToList();
        Assert.Equal(24, months.Count);
        Assert.All(months, m => Assert.InRange(m.Count(), 1, 4));
        Assert.InRange(months.Average(m => m.Count()), 2.5, 3.5);
        Assert.Contains(fixture.Truth.Campaigns, c => c.Variants.Count == 2);
        Assert.Contains(fixture.Truth.Campaigns, c => c.SendHour is null);
    }
}
