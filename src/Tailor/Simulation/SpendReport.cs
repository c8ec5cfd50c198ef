using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>
/// The spend rows a shop would download from its ad platforms: amount, delivery, and the platform's
/// own claim of conversions, which is noisy and biased by each channel's reporting factor.
/// </summary>
internal static class SpendReport
{
    public static Spend[] Build(
        IReadOnlyList<MarketingChannel> channels,
        MarketingPlan marketing,
        double[] baseline,
        double averageOrderValue,
        SimulationClock clock,
        Random rng)
    {
        var rows = new List<Spend>();
        for (var day = 0; day < clock.Days; day++)
        {
            for (var c = 0; c < channels.Count; c++)
            {
                var amount = marketing.Spend[c][day];
                if (amount <= 0)
                {
                    continue;
                }

                var channel = channels[c];
                var impressions = (long)Math.Round(amount / channel.CostPerThousandImpressions * 1000 * rng.NextLogNormal(0, 0.1));
                long? clicks = channel.ClickThroughRate > 0
                    ? (long)Math.Round(impressions * channel.ClickThroughRate * rng.NextLogNormal(0, 0.15))
                    : null;
                var trueOrders = baseline[day] * marketing.Lift[c][day];
                var claimed = trueOrders * channel.ReportedConversionFactor * rng.NextLogNormal(0, 0.25);

                // Platforms with clicks report fractional (modelled) conversions; print only counts coupons.
                claimed = clicks is null ? Math.Round(claimed) : Math.Round(claimed, 2);
                var revenue = Math.Round((decimal)(claimed * averageOrderValue * rng.NextLogNormal(0, 0.1)), 2);
                rows.Add(new Spend(channel.Name, clock.Date(day), (decimal)amount, impressions, clicks, claimed, revenue));
            }
        }

        return [.. rows];
    }
}
