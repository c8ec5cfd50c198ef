namespace Tailor.Simulation;

/// <summary>
/// Judges a planned email campaign by the simulator's own response model: per contact, the true open
/// probability (<see cref="EmailResponseTruth.OpenProbability"/>, with the send hour, the customer's
/// preferred hour and channel, whether they are still active and the sends they had in the 30 days
/// before), times the click probability (higher for a favourite category), times the conversion
/// probability of an active customer, times the average order value.
/// </summary>
public static class PlannedEmailTruth
{
    /// <summary>The expected outcome of sending <paramref name="campaign"/> to each contact at its time.</summary>
    /// <param name="shop">The simulated shop; contacts are its customers.</param>
    /// <param name="campaign">Subject-line quality, featured category, cost and margin.</param>
    /// <param name="contacts">Customer id and send time of every copy.</param>
    /// <exception cref="KeyNotFoundException">A contact is not a customer of the shop.</exception>
    /// <exception cref="ArgumentException">The campaign's figures are out of range.</exception>
    public static PlannedEmailOutcome Evaluate(SimulatedShop shop, PlannedEmailCampaign campaign, IEnumerable<(string CustomerId, DateTimeOffset SendAt)> contacts)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(contacts);
        if (!(campaign.BaseOpenRate is > 0 and <= 1) || !(campaign.CostPerContact >= 0) || !(campaign.Margin is > 0 and <= 1))
        {
            throw new ArgumentException("The base open rate and margin must be in (0, 1] and the cost at least 0.", nameof(campaign));
        }

        var truth = shop.Truth;
        var model = truth.Email;
        var history = shop.CampaignSends.GroupBy(s => s.CustomerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.SentAt).ToArray(), StringComparer.Ordinal);
        int count = 0;
        double opens = 0, conversions = 0, unsubscribes = 0;
        foreach (var (customerId, sendAt) in contacts)
        {
            var customer = truth.Customer(customerId);
            var recent = 1;
            if (history.TryGetValue(customerId, out var times))
            {
                foreach (var time in times)
                {
                    recent += time > sendAt.AddDays(-30) && time < sendAt ? 1 : 0;
                }
            }

            var active = customer.DropoutAt is not { } dropout || dropout > sendAt;
            var open = model.OpenProbability(
                campaign.BaseOpenRate, sendAt.UtcDateTime.Hour, customer.PreferredHour, customer.PreferredChannel, active, recent);
            var favourite = campaign.Category is not null && customer.FavouriteCategories.Contains(campaign.Category, StringComparer.Ordinal);
            var click = favourite ? model.ClickFavourite : model.ClickOther;
            count++;
            opens += open;
            conversions += active ? open * click * model.ConversionGivenClick : 0;
            unsubscribes += model.UnsubscribeProbability(recent);
        }

        var revenue = conversions * truth.AverageOrderValue;
        var cost = count * campaign.CostPerContact;
        return new PlannedEmailOutcome(count, opens, conversions, revenue, cost, unsubscribes, (revenue * campaign.Margin) - cost);
    }
}
