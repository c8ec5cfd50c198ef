using System.Globalization;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Marketing;
using Tailor.Server.Serving;

namespace Tailor.Server.Dashboard;

/// <summary>
/// What the Marketing page shows, computed by the engine in the background (<see cref="DashboardWork"/>):
/// the response curves (the same fit as the API's default request, through its cache), the audience of a
/// campaign, send times and the sends behind them.
/// </summary>
public sealed class MarketingViews(ITailorStore store, DashboardWork work, ResponseCurveCache curves, PropensityCache propensity)
{
    /// <summary>Cost of one contact the audience assumes until the owner enters theirs: an email costs cents.</summary>
    public const double DefaultContactCost = 0.10;

    /// <summary>Local hour the audience's campaign goes out at: the API's default.</summary>
    public const int CampaignHour = 10;

    /// <summary>The curves every page and the API's default request share: orders, the retail calendar, the default bootstrap.</summary>
    public static ShopCurveRequest CurveRequest { get; } = new()
    {
        Outcome = MarketingOutcome.Orders,
        RetailCalendar = true,
        Fit = new ResponseCurveOptions { BootstrapReplicates = ResponseCurveDefaults.BootstrapReplicates },
    };

    /// <summary>The shop's response curves per channel.</summary>
    /// <remarks>Keyed by the stored lift tests too: the data's counts do not change when a test is saved.</remarks>
    public Task<ResponseCurveModel> Curves(string shopId, ShopStats stats) =>
        work.Get(shopId, "marketing.curves|" + ResponseCurveCache.Key(store.ReadLiftTests(shopId)), stats, _ => curves.Get(shopId, CurveRequest));

    /// <summary>The shop's gross margin from its catalogue costs, or null without costs (max-profit needs it).</summary>
    public Task<double?> Margin(string shopId, ShopStats stats) =>
        work.Get(shopId, "marketing.margin", stats, token => ShopResponseCurves.Margin(store, shopId, token));

    /// <summary>Splits a daily budget over the channels for <see cref="AllocationDefaults.HorizonDays"/> days.</summary>
    /// <exception cref="ArgumentException">The budget and the channels' limits do not fit together.</exception>
    public static AllocationPlan Plan(ResponseCurveModel model, double dailyBudget, AllocationScenario scenario, double? margin, CancellationToken cancellationToken)
    {
        var options = new AllocationOptions
        {
            Budget = dailyBudget * AllocationDefaults.HorizonDays,
            Scenario = scenario,
            Margin = margin,
        };
        return BudgetPlanner.Plan(model, options, cancellationToken);
    }

    /// <summary>Send times per customer and the past sends per weekday and hour.</summary>
    public Task<SendTimeView> SendTimes(string shopId, ShopStats stats, TimeZoneInfo zone) =>
        work.Get(shopId, $"marketing.sendtimes|{zone.Id}", stats, token =>
        {
            var data = store.ReadShopData(shopId, token);
            var plan = SendTimePlanner.Plan(data, new SendTimeOptions { TimeZone = zone }, null, token);
            return new SendTimeView(plan, SendTimeSlots.Count(data.CampaignSends, zone));
        });

    /// <summary>
    /// Who to contact in a campaign on <paramref name="channel"/> (null: email when it has sends, else the
    /// first channel that has) at <paramref name="cost"/> a contact, going out at <see cref="CampaignHour"/>.
    /// </summary>
    public Task<AudienceView> Audience(string shopId, ShopStats stats, TimeZoneInfo zone, string? channel, double cost) =>
        work.Get(shopId, string.Create(CultureInfo.InvariantCulture, $"marketing.audience|{zone.Id}|{channel}|{cost:R}"), stats, token =>
        {
            var data = store.ReadShopData(shopId, token);
            var fit = propensity.Get(shopId, stats, data, ResponsePropensityOutcome.Conversion, token);
            var channels = fit.Model.Channels.Select(c => c.Channel).ToList();
            var chosen = channel ?? (channels.Contains("email", StringComparer.OrdinalIgnoreCase) ? "email" : channels.FirstOrDefault());
            if (chosen is null || fit.Model.For(chosen) is null)
            {
                return new AudienceView(channels, chosen, null, $"No sends on the channel '{chosen}' to learn response from.");
            }

            var options = new AudienceOptions { Channel = chosen, CostPerContact = cost };
            var report = AudiencePlanner.Plan(data, options, fit, AudiencePlanner.DefaultSendTime(data, zone, CampaignHour), null, token);
            return new AudienceView(channels, chosen, report, null);
        });

    /// <summary>A send-time plan with the sends it learnt from.</summary>
    public sealed record SendTimeView(SendTimePlan Plan, SendTimeSlots Slots);

    /// <summary>The channels with sends, the channel planned, and its audience or why there is none.</summary>
    public sealed record AudienceView(IReadOnlyList<string> Channels, string? Channel, AudienceReport? Report, string? Problem);
}
