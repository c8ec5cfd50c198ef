namespace Tailor.Simulation;

/// <summary>
/// Draws each channel's spend history. Budgets move on and off and between levels, as a small shop's
/// do, which is what makes the response curves identifiable from the history.
/// </summary>
internal static class MarketingGenerator
{
    public static MarketingPlan Generate(IReadOnlyList<MarketingChannel> channels, SimulationClock clock, Random rng)
    {
        var days = clock.Days;
        var spend = new double[channels.Count][];
        var lift = new double[channels.Count][];
        var totalLift = new double[days];
        var adstock = new double[days];
        for (var c = 0; c < channels.Count; c++)
        {
            var channel = channels[c];
            spend[c] = Spend(channel, clock, rng);
            lift[c] = new double[days];
            channel.Adstock(spend[c], adstock);
            for (var day = 0; day < days; day++)
            {
                lift[c][day] = channel.Lift(adstock[day]);
                totalLift[day] += lift[c][day];
            }
        }

        return new MarketingPlan(spend, lift, totalLift);
    }

    private static double[] Spend(MarketingChannel channel, SimulationClock clock, Random rng)
    {
        var days = clock.Days;
        var spend = new double[days];
        var typical = channel.TypicalDailySpend;
        switch (channel.Pattern)
        {
            case SpendPattern.AlwaysOn:
                var level = typical;
                for (var day = 0; day < days; day++)
                {
                    if (day == 0 || clock.Date(day).Day == 1 || rng.NextBool(0.01))
                    {
                        level = typical * rng.NextUniform(0.4, 1.6);
                    }

                    spend[day] = level * rng.NextLogNormal(0, 0.15);
                }

                break;
            case SpendPattern.Varying:
                for (var block = 0; block < days; block += 14)
                {
                    var blockLevel = rng.NextBool(0.2) ? 0 : typical * rng.NextUniform(0.3, 2.0);
                    for (var day = block; day < Math.Min(days, block + 14); day++)
                    {
                        spend[day] = blockLevel * rng.NextLogNormal(0, 0.2);
                    }
                }

                break;
            case SpendPattern.Flighted:
                var on = rng.NextBool(0.5);
                for (var day = 0; day < days;)
                {
                    var length = on ? rng.Next(14, 36) : rng.Next(14, 46);
                    var flightLevel = typical * rng.NextUniform(0.8, 2.2);
                    for (var end = Math.Min(days, day + length); day < end; day++)
                    {
                        spend[day] = on ? flightLevel * rng.NextLogNormal(0, 0.1) : 0;
                    }

                    on = !on;
                }

                break;
            case SpendPattern.Weekly:
                var running = rng.NextBool(0.5);
                for (var day = 0; day < days;)
                {
                    var length = 7 * (running ? rng.Next(4, 11) : rng.Next(4, 13));
                    var insertion = typical * 7 * rng.NextUniform(0.7, 1.3);
                    for (var end = Math.Min(days, day + length); day < end; day++)
                    {
                        spend[day] = running && clock.Date(day).DayOfWeek == DayOfWeek.Thursday ? insertion : 0;
                    }

                    running = !running;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(channel), channel.Pattern, "Unknown spend pattern.");
        }

        // Exported amounts are in cents; the truth must be computed from exactly what is exported.
        for (var day = 0; day < days; day++)
        {
            spend[day] = Math.Round(spend[day], 2);
        }

        return spend;
    }
}
