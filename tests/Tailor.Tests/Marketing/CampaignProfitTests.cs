using Tailor.Customers;
using Tailor.Marketing;
using Tailor.Simulation;
using Tailor.Tests.Simulation;
using Xunit.Abstractions;

namespace Tailor.Tests.Marketing;

/// <summary>
/// The point of audiences and send times, judged by the simulator's true response model: a planned
/// email the day after the period, costing 0.20 a contact (an email with a printed voucher, or an
/// SMS), sent (a) to everyone with consent at 10:00, (b) to the selected audience at 10:00, (c) to
/// the audience selected for each customer's recommended time, at that time.
/// </summary>
[Collection(SimulatedShopCollection.Name)]
public class CampaignProfitTests(SimulatedShopFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Selected_audiences_and_recommended_send_times_beat_everyone_at_ten()
    {
        var shop = fixture.Shop;
        var day = new DateTimeOffset(fixture.Options.Start.AddDays(fixture.Options.Days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var atTen = day.AddHours(10);
        var campaign = new PlannedEmailCampaign(BaseOpenRate: 0.475, Category: null, CostPerContact: 0.2);
        var options = new AudienceOptions { Channel = "email", CostPerContact = campaign.CostPerContact };
        var propensity = ResponsePropensity.Fit(shop.Data, new ResponsePropensityOptions());
        var times = SendTimePlanner.Plan(shop.Data).SendTimes(day);

        var everyone = PlannedEmailTruth.Evaluate(shop, campaign, shop.Customers.Where(c => c.Consent.EmailMarketing).Select(c => (c.ExternalId, atTen)));
        var selected = AudiencePlanner.Plan(shop.Data, options, propensity, atTen);
        var audienceAtTen = PlannedEmailTruth.Evaluate(shop, campaign, selected.Plan.Members.Select(m => (m.CustomerId, atTen)));
        var timed = AudiencePlanner.Plan(shop.Data, options, propensity, atTen, times);
        var audienceAtTimes = PlannedEmailTruth.Evaluate(shop, campaign, timed.Plan.Members.Select(m => (m.CustomerId, times[m.CustomerId])));
        output.WriteLine($"(a) everyone at 10:00: {everyone.Contacts} contacts, profit {everyone.Profit:F1}");
        output.WriteLine($"(b) audience at 10:00: {audienceAtTen.Contacts} contacts, profit {audienceAtTen.Profit:F1} (planned {selected.Plan.ExpectedProfit:F1}; {selected.Plan.Cutoff})");
        output.WriteLine($"(c) audience at its times: {audienceAtTimes.Contacts} contacts, profit {audienceAtTimes.Profit:F1} (planned {timed.Plan.ExpectedProfit:F1})");

        Assert.True(everyone.Contacts > 500);
        Assert.True(selected.Plan.Members.Count < everyone.Contacts);
        Assert.Equal(AudienceCutoff.NoPositiveValue, selected.Plan.Cutoff);
        Assert.True(audienceAtTen.Profit > everyone.Profit + 20, $"(b) {audienceAtTen.Profit:F1} vs (a) {everyone.Profit:F1}");
        Assert.True(audienceAtTimes.Profit > everyone.Profit + 20, $"(c) {audienceAtTimes.Profit:F1} vs (a) {everyone.Profit:F1}");
        Assert.True(audienceAtTimes.Profit > audienceAtTen.Profit, $"(c) {audienceAtTimes.Profit:F1} vs (b) {audienceAtTen.Profit:F1}");
    }

    [Fact]
    public void The_true_outcome_of_one_contact_is_the_product_of_the_true_factors()
    {
        var shop = fixture.Shop;
        var truth = shop.Truth;
        var customer = truth.Customers.First(c => c.DropoutAt is null && c.FavouriteCategories.Count > 0);
        var at = new DateTimeOffset(fixture.Options.Start.AddDays(fixture.Options.Days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(customer.PreferredHour);
        var campaign = new PlannedEmailCampaign(0.5, customer.FavouriteCategories[0], 0.1, 0.5);
        var recent = 1 + shop.CampaignSends.Count(s => s.CustomerId == customer.CustomerId && s.SentAt > at.AddDays(-30) && s.SentAt < at);

        var outcome = PlannedEmailTruth.Evaluate(shop, campaign, [(customer.CustomerId, at)]);

        // At the preferred hour the hour factor is 1; the customer is active.
        var open = Math.Min(1, 0.5 * truth.Email.ChannelFactor(customer.PreferredChannel) * truth.Email.FatigueFactor(recent));
        Assert.Equal(open, outcome.ExpectedOpens, 12);
        Assert.Equal(open * truth.Email.ClickFavourite * truth.Email.ConversionGivenClick, outcome.ExpectedConversions, 12);
        Assert.Equal((outcome.ExpectedConversions * truth.AverageOrderValue * 0.5) - 0.1, outcome.Profit, 12);
        Assert.Equal(truth.Email.UnsubscribeProbability(recent), outcome.ExpectedUnsubscribes, 12);
    }
}
