using MathNet.Numerics.Distributions;
using Tailor.Data;
using Tailor.Marketing;
using Tailor.Simulation;
using Tailor.Tests.Simulation;
using Xunit.Abstractions;

namespace Tailor.Tests.Marketing;

[Collection(SimulatedShopCollection.Name)]
public class SendTimePlannerTests(SimulatedShopFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Recommended_hours_find_the_customers_true_preferred_hours_far_more_often_than_ten_oclock()
    {
        var plan = SendTimePlanner.Plan(fixture.Shop.Data);
        var truth = fixture.Truth;
        var experienced = plan.Recommendations.Where(r => r.Sends >= 20).ToList();
        double Near(Func<SendTimeRecommendation, int> hour) =>
            experienced.Average(r => EmailResponseTruth.HourDistance(hour(r), truth.Customer(r.CustomerId).PreferredHour) <= 1 ? 1.0 : 0);
        var best = Near(r => r.BestHour);
        var drawn = Near(r => r.Hour);
        var ten = Near(_ => 10);
        output.WriteLine($"{plan.GridReason}; within an hour of the true preferred hour: best {best:P1}, Thompson draw {drawn:P1}, 10:00 {ten:P1}");

        // The simulation randomises the hour of half its campaigns, so customers with a few dozen sends
        // reveal their hour; about 10 % of them are night owls outside the send window.
        Assert.True(experienced.Count > 500);
        Assert.True(best > 0.45, $"best hour near the truth for {best:P1}");
        Assert.True(drawn > 0.35, $"Thompson draw near the truth for {drawn:P1}");
        Assert.True(best > 3 * ten);
        Assert.All(plan.Recommendations, r => Assert.InRange(r.Hour, 6, 22));
        Assert.All(plan.Recommendations, r => Assert.Equal("email", r.Channel));
    }

    [Fact]
    public void The_simulated_data_is_too_thin_for_hours_of_the_week_and_the_plan_says_so()
    {
        var auto = SendTimePlanner.Plan(fixture.Shop.Data);
        var week = SendTimePlanner.Plan(fixture.Shop.Data, new SendTimeOptions { Grid = SendTimeGrid.HourOfWeek }, null);

        Assert.Equal(SendTimeGrid.HourOfDay, auto.Grid);
        Assert.Contains("too thin for hours of the week", auto.GridReason, StringComparison.Ordinal);
        Assert.All(auto.Recommendations, r => Assert.Null(r.Day));
        Assert.Equal(SendTimeGrid.HourOfWeek, week.Grid);
        Assert.All(week.Recommendations, r => Assert.NotNull(r.Day));
    }

    [Fact]
    public void Daily_campaigns_at_random_hours_give_enough_data_for_hours_of_the_week()
    {
        // 300 customers, one send a day for a year at a random hour from 6 to 22: every hour-of-week
        // slot sees about 300 / 17 sends on each of 52 days. Opens are likelier on Saturday mornings.
        var random = new Random(4);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var customers = Enumerable.Range(0, 300).Select(i => new Customer($"c{i}", start.AddDays(-10), null, null, null, new Consent(true, true, true))).ToList();
        var sends = new List<CampaignSend>();
        for (var day = 0; day < 365; day++)
        {
            foreach (var customer in customers)
            {
                var at = start.AddDays(day).AddHours(random.Next(6, 23));
                var saturdayMorning = at.DayOfWeek == DayOfWeek.Saturday && at.Hour is >= 8 and <= 10;
                sends.Add(new CampaignSend($"D{day}", "email", null, null, customer.ExternalId, at, random.NextDouble() < (saturdayMorning ? 0.5 : 0.2), false, false, false, null));
            }
        }

        var plan = SendTimePlanner.Plan(new ShopData(customers, [], [], [], [], sends), new SendTimeOptions { Explore = false }, null);

        Assert.Equal(SendTimeGrid.HourOfWeek, plan.Grid);
        Assert.StartsWith("hour of the week: every allowed slot has enough sends on enough days", plan.GridReason, StringComparison.Ordinal);
        Assert.Equal(DayOfWeek.Saturday, plan.GlobalBestDay);
        Assert.InRange(plan.GlobalBestHour, 8, 10);
        Assert.True(plan.Recommendations.Count(r => r.BestDay == DayOfWeek.Saturday && r.BestHour is >= 8 and <= 10) > 250);
    }

    [Fact]
    public void Customers_without_history_start_from_their_segment_and_are_explored()
    {
        var data = fixture.Shop.Data;
        var plan = SendTimePlanner.Plan(data);
        var fresh = plan.Recommendations.Where(r => r.Sends == 0).ToList();
        var withConsent = data.Customers.Count(c => c.Consent.EmailMarketing);

        Assert.Equal(withConsent, plan.Recommendations.Count);
        Assert.Equal(data.Customers.Count - withConsent, plan.WithoutConsent);
        Assert.NotEmpty(fresh);
        Assert.All(fresh, r => Assert.NotEqual(SendTimeEvidence.Customer, r.Evidence));
        Assert.All(plan.Recommendations.Where(r => r.Sends > 0), r => Assert.Equal(SendTimeEvidence.Customer, r.Evidence));

        // Without history the best hour is the segment's; the draws spread around it.
        foreach (var segment in plan.Segments.Where(s => !s.UsesGlobalPrior))
        {
            Assert.All(fresh.Where(r => r.Segment == segment.Name), r => Assert.Equal(segment.BestHour, r.BestHour));
        }

        Assert.True(plan.Segments.Select(s => s.BestHour).Distinct().Count() >= 3, "segments by activity hours should differ in their best hour");
        Assert.True(plan.Recommendations.Select(r => r.Hour).Distinct().Count() > 5);
    }

    [Fact]
    public void The_same_seed_gives_the_same_plan_and_without_exploration_the_draw_is_the_best_hour()
    {
        var first = SendTimePlanner.Plan(fixture.Shop.Data);
        var second = SendTimePlanner.Plan(fixture.Shop.Data);
        var greedy = SendTimePlanner.Plan(fixture.Shop.Data, new SendTimeOptions { Explore = false }, null);

        Assert.Equal(first.Recommendations, second.Recommendations);
        Assert.All(greedy.Recommendations, r => Assert.Equal(r.BestHour, r.Hour));
    }

    [Fact]
    public void The_channel_bandit_finds_each_customers_preferred_channel()
    {
        // Sends on three channels to the simulated customers: the preferred channel responds at 30 %,
        // the others at 12 %; 45 sends per customer spread evenly over the channels.
        var random = new Random(3);
        var channels = new[] { "email", "sms", "push" };
        var start = new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);
        var sends = new List<CampaignSend>();
        var customers = fixture.Shop.Customers.Take(600).Select(c => c with { Consent = c.Consent with { EmailMarketing = true } }).ToList();
        foreach (var customer in customers)
        {
            var preferred = fixture.Truth.Customer(customer.ExternalId).PreferredChannel;
            for (var k = 0; k < 45; k++)
            {
                var channel = channels[k % 3];
                var responded = random.NextDouble() < (channel == preferred ? 0.3 : 0.12);
                sends.Add(new CampaignSend($"K{k}", channel, null, null, customer.ExternalId, start.AddDays(k).AddHours(9 + (k % 8)), responded, false, false, false, null));
            }
        }

        var data = new ShopData(customers, [], [], [], [], sends);
        var plan = SendTimePlanner.Plan(data, new SendTimeOptions { Explore = false }, null);
        var right = plan.Recommendations.Average(r => r.Channel == fixture.Truth.Customer(r.CustomerId).PreferredChannel ? 1.0 : 0);
        output.WriteLine($"preferred channel found for {right:P1}");

        // With 15 sends per channel a 30 % vs 12 % difference is usually, not always, visible.
        Assert.Equal(channels, plan.Channels);
        Assert.True(right > 0.75, $"{right:P1}");
    }

    [Fact]
    public void The_prior_strength_is_recovered_from_beta_binomial_data()
    {
        // Rates p ~ Beta(kappa mu, kappa (1 - mu)) with kappa 20, mu 0.3; 30 trials each.
        var random = new Random(11);
        var cells = new List<(double, double, double)>();
        for (var i = 0; i < 5000; i++)
        {
            var p = Beta.Sample(random, 6, 14);
            cells.Add((30, Binomial.Sample(random, p, 30), 0.3));
        }

        Assert.InRange(BetaArms.MomentStrength(cells), 16, 24);
        Assert.Equal(1000, BetaArms.MomentStrength([(10, 3, 0.3), (10, 3, 0.3)]));
    }

    [Fact]
    public void The_next_send_time_is_the_first_matching_local_hour()
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var from = new DateTimeOffset(2025, 3, 29, 20, 30, 0, TimeSpan.Zero); // Saturday 21:30 in Amsterdam (UTC+1)

        Assert.Equal(new DateTimeOffset(2025, 3, 30, 9, 0, 0, TimeSpan.FromHours(2)), SendTimePlan.Next(from, amsterdam, null, 9)); // clocks went forward
        Assert.Equal(new DateTimeOffset(2025, 3, 29, 22, 0, 0, TimeSpan.FromHours(1)), SendTimePlan.Next(from, amsterdam, null, 22));
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 8, 0, 0, TimeSpan.FromHours(2)), SendTimePlan.Next(from, amsterdam, DayOfWeek.Monday, 8));
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 10, 0, 0, TimeSpan.Zero), SendTimePlan.Next(from, TimeZoneInfo.Utc, null, 10));
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        Assert.Contains("LastHour", Assert.Throws<ArgumentException>(() => SendTimePlanner.Plan(fixture.Shop.Data, new SendTimeOptions { FirstHour = 20, LastHour = 8 }, null)).Message, StringComparison.Ordinal);
        Assert.Contains("no campaign sends", Assert.Throws<ArgumentException>(() => SendTimePlanner.Plan(fixture.Shop.Data with { CampaignSends = [] })).Message, StringComparison.Ordinal);
    }
}
