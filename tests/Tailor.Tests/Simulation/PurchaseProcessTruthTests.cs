namespace Tailor.Tests.Simulation;

[Collection(SimulatedShopCollection.Name)]
public class PurchaseProcessTruthTests(SimulatedShopFixture fixture)
{
    [Fact]
    public void Realised_purchase_frequency_follows_the_latent_rates()
    {
        // Customers active the whole period: purchases per day should be lambda times the mean intensity.
        var truth = fixture.Truth;
        var meanMultiplier = truth.Days.Average(d => d.IntensityMultiplier);
        var rates = new List<double>();
        var lambdas = new List<double>();
        foreach (var customer in truth.Customers.Where(c => c.PresentAtStart && c.DropoutAt is null))
        {
            var purchases = fixture.OrdersByCustomer.TryGetValue(customer.CustomerId, out var orders)
                ? orders.Count(fixture.IsProcessOrder)
                : 0;
            rates.Add(purchases / (double)fixture.Options.Days);
            lambdas.Add(customer.Lambda);
        }

        Assert.True(rates.Count > 100, $"{rates.Count} customers active throughout");
        Assert.True(Stats.Pearson(lambdas, rates) > 0.85, $"correlation {Stats.Pearson(lambdas, rates):F3}");
        var ratio = rates.Sum() / lambdas.Sum();
        Assert.InRange(ratio / meanMultiplier, 0.85, 1.1);
        Assert.InRange(meanMultiplier, 1.1, 1.5);
    }

    [Fact]
    public void Dropouts_match_the_latent_dropout_probabilities()
    {
        // After each repeat purchase a coin with probability p is tossed, so the number of dropouts has
        // expectation sum(p * repeat purchases) and variance sum(p (1 - p) * repeat purchases).
        var truth = fixture.Truth;
        double expected = 0, variance = 0;
        var dropped = 0;
        foreach (var customer in truth.Customers)
        {
            var purchases = fixture.OrdersByCustomer.TryGetValue(customer.CustomerId, out var orders)
                ? orders.Count(fixture.IsProcessOrder)
                : 0;
            var repeats = customer.PresentAtStart ? purchases : Math.Max(0, purchases - 1);
            expected += customer.DropoutProbability * repeats;
            variance += customer.DropoutProbability * (1 - customer.DropoutProbability) * repeats;
            dropped += customer.DropoutAt is null ? 0 : 1;
        }

        Assert.InRange(dropped, expected - (4 * Math.Sqrt(variance)), expected + (4 * Math.Sqrt(variance)));
        Assert.InRange(dropped, 200, 1500);

        var meanPDropped = truth.Customers.Where(c => c.DropoutAt is not null).Average(c => c.DropoutProbability);
        var meanPActive = truth.Customers.Where(c => c.DropoutAt is null).Average(c => c.DropoutProbability);
        Assert.True(meanPDropped > 1.5 * meanPActive);
        Assert.InRange(truth.Customers.Average(c => c.DropoutProbability), 0.06, 0.12);
        Assert.InRange(truth.Customers.Average(c => c.Lambda) / truth.PurchaseProcess.MeanRate, 0.9, 1.1);
    }

    [Fact]
    public void A_customer_who_dropped_out_buys_nothing_on_their_own_afterwards()
    {
        foreach (var customer in fixture.Truth.Customers.Where(c => c.DropoutAt is not null))
        {
            var own = fixture.OrdersByCustomer[customer.CustomerId].Where(fixture.IsProcessOrder).ToList();
            Assert.Equal(customer.DropoutAt, own[^1].Timestamp);
        }
    }

    [Fact]
    public void December_sells_more_than_the_average_month()
    {
        var revenueByDay = new double[fixture.Options.Days];
        foreach (var order in fixture.Shop.Orders)
        {
            revenueByDay[fixture.DayIndex(order.Timestamp)] += (double)order.Lines.Sum(l => l.Quantity * l.UnitPrice);
        }

        foreach (var year in new[] { 2024, 2025 })
        {
            var days = Enumerable.Range(0, fixture.Options.Days)
                .Where(d => fixture.Options.Start.AddDays(d).Year == year).ToList();
            var yearMean = days.Average(d => revenueByDay[d]);
            var decemberMean = days.Where(d => fixture.Options.Start.AddDays(d).Month == 12).Average(d => revenueByDay[d]);
            var julyMean = days.Where(d => fixture.Options.Start.AddDays(d).Month == 7).Average(d => revenueByDay[d]);
            Assert.True(decemberMean > 1.2 * yearMean, $"{year}: December {decemberMean:F0} vs mean {yearMean:F0}");
            Assert.True(julyMean < yearMean, $"{year}: July {julyMean:F0} vs mean {yearMean:F0}");
        }
    }

    [Fact]
    public void Weekends_sell_more_than_weekdays()
    {
        var orders = fixture.OrdersPerDay(includeEmail: true);
        var weekend = new List<double>();
        var weekday = new List<double>();
        for (var day = 0; day < orders.Length; day++)
        {
            var dayOfWeek = fixture.Options.Start.AddDays(day).DayOfWeek;
            (dayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? weekend : weekday).Add(orders[day]);
        }

        Assert.True(weekend.Average() > 1.1 * weekday.Average(), $"weekend {weekend.Average():F1} vs weekday {weekday.Average():F1}");
    }

    [Fact]
    public void The_holiday_calendar_marks_the_retail_events()
    {
        var truth = fixture.Truth;
        Assert.Equal("Black Friday", truth.Day(new DateOnly(2024, 11, 29)).Holiday);
        Assert.Equal("Black Friday", truth.Day(new DateOnly(2025, 11, 28)).Holiday);
        Assert.Equal("Christmas Day", truth.Day(new DateOnly(2024, 12, 25)).Holiday);
        Assert.StartsWith("Valentine", truth.Day(new DateOnly(2025, 2, 10)).Holiday, StringComparison.Ordinal);
        Assert.StartsWith("Mother", truth.Day(new DateOnly(2025, 5, 8)).Holiday, StringComparison.Ordinal);
        var november = truth.Days.Where(d => d.Date.Year == 2024 && d.Date.Month == 11).ToList();
        Assert.Equal(new DateOnly(2024, 11, 29), november.MaxBy(d => d.Seasonality)!.Date);

        // Black Friday must show in the orders too, not only in the truth.
        var orders = fixture.OrdersPerDay(includeEmail: true);
        var blackFriday = fixture.DayIndex(new DateTimeOffset(2025, 11, 28, 12, 0, 0, TimeSpan.Zero));
        Assert.True(orders[blackFriday] > 1.5 * orders.Skip(blackFriday - 28).Take(21).Average());
    }

    [Fact]
    public void The_baseline_with_marketing_lift_predicts_daily_orders()
    {
        var truth = fixture.Truth;
        var orders = fixture.OrdersPerDay(includeEmail: false);
        var expected = truth.Days.Select(d => d.BaselineOrders * (1 + d.MarketingLift)).ToList();
        Assert.InRange(orders.Sum() / expected.Sum(), 0.97, 1.04);
        Assert.True(Stats.Pearson(expected, orders) > 0.8);
    }
}
