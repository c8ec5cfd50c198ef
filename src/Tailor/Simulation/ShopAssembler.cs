using System.Text.Json.Nodes;
using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>Turns the simulation's internal state into the exported records and the ground truth.</summary>
internal static class ShopAssembler
{
    public static double AverageOrderValue(List<OrderDraft> orders)
    {
        var total = 0m;
        var count = 0;
        foreach (var order in orders)
        {
            if (order.Cancels is null)
            {
                total += order.Value;
                count++;
            }
        }

        return count == 0 ? 0 : (double)(total / count);
    }

    public static Customer[] CustomerRecords(CustomerState[] customers, SimulationClock clock) =>
        Array.ConvertAll(customers, c => new Customer(
            c.Id,
            clock.Timestamp(c.CreatedAt),
            c.Country,
            c.Region,
            new JsonObject { ["source"] = c.Source, ["age_band"] = c.AgeBand }.ToJsonString(),
            c.Consent with { EmailMarketing = c.Consent.EmailMarketing && double.IsPositiveInfinity(c.UnsubscribedAt) }));

    public static (CampaignSend[] Sends, Dictionary<string, string> OrderCampaigns) BuildSends(
        List<SendDraft> sends, List<CampaignDraft> campaigns, SimulationClock clock, CustomerState[] customers)
    {
        var keys = new long[sends.Count];
        var order = new int[sends.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (SimulationClock.Seconds(sends[i].SentAt) << 32) | (uint)i;
            order[i] = i;
        }

        Array.Sort(keys, order);
        var records = new CampaignSend[order.Length];
        var orderCampaigns = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var rank = 0; rank < order.Length; rank++)
        {
            var send = sends[order[rank]];
            var campaign = campaigns[send.Campaign];
            if (send.Order is not null)
            {
                orderCampaigns[send.Order.Id] = campaign.Id;
            }

            records[rank] = new CampaignSend(
                campaign.Id,
                "email",
                campaign.Segment,
                campaign.Variants[send.Variant],
                customers[send.Customer].Id,
                clock.Timestamp(send.SentAt),
                send.Opened,
                send.Clicked,
                Converted: send.Order is not null,
                send.Unsubscribed,
                send.Order?.Value);
        }

        return (records, orderCampaigns);
    }

    public static CustomerTruth[] CustomerTruths(CustomerState[] customers, SimulationClock clock) =>
        Array.ConvertAll(customers, c => new CustomerTruth(
            c.Id,
            c.Lambda,
            c.DropoutProbability,
            double.IsPositiveInfinity(c.DropoutAt) ? null : clock.Timestamp(c.DropoutAt),
            Array.AsReadOnly(c.Taste),
            Array.AsReadOnly(Array.ConvertAll(c.Favourites, f => CatalogueVocabulary.Categories[f].Path)),
            c.PreferredHour,
            c.PreferredChannel,
            c.StoreShopper,
            c.PresentAtStart,
            c.Consent,
            double.IsPositiveInfinity(c.UnsubscribedAt) ? null : clock.Timestamp(c.UnsubscribedAt),
            c.Source));

    public static ItemTruth[] ItemTruths(Catalogue catalogue, SimulationClock clock) =>
        Array.ConvertAll(catalogue.Items, item => new ItemTruth(
            item.Id,
            Array.AsReadOnly(item.Factors),
            item.Popularity,
            CatalogueVocabulary.Categories[item.Category].Path,
            item.Consumable,
            item.LaunchedInPeriod ? clock.Timestamp(item.CreatedAt) : null,
            double.IsPositiveInfinity(item.DiscontinuedAt) ? null : clock.Timestamp(item.DiscontinuedAt)));

    public static DayTruth[] DayTruths(
        SimulationClock clock, double[] seasonality, string?[] holidays, MarketingPlan marketing, double[] baseline)
    {
        var days = new DayTruth[clock.Days];
        for (var day = 0; day < days.Length; day++)
        {
            var lifts = new double[marketing.Lift.Length];
            for (var c = 0; c < lifts.Length; c++)
            {
                lifts[c] = marketing.Lift[c][day];
            }

            days[day] = new DayTruth(
                clock.Date(day), seasonality[day], marketing.TotalLift[day], Array.AsReadOnly(lifts), baseline[day], holidays[day]);
        }

        return days;
    }

    public static CampaignTruth[] CampaignTruths(List<CampaignDraft> campaigns, Catalogue catalogue, SimulationClock clock)
    {
        var truths = new CampaignTruth[campaigns.Count];
        for (var k = 0; k < truths.Length; k++)
        {
            var campaign = campaigns[k];
            var variants = new VariantTruth[campaign.Variants.Length];
            for (var v = 0; v < variants.Length; v++)
            {
                var sends = campaign.Sends[v];
                variants[v] = new VariantTruth(
                    campaign.Variants[v], campaign.BaseOpenRates[v], sends == 0 ? 0 : campaign.ExpectedOpens[v] / sends, sends);
            }

            truths[k] = new CampaignTruth(
                campaign.Id,
                clock.Date(campaign.Day),
                campaign.Segment,
                CatalogueVocabulary.Categories[campaign.Category].Path,
                campaign.SendHour,
                Array.AsReadOnly(Array.ConvertAll(campaign.FeaturedItems, i => catalogue.Items[i].Id)),
                Array.AsReadOnly(variants));
        }

        return truths;
    }
}
