namespace Tailor.Simulation;

/// <summary>When in the day people shop: lunch and evening peaks online, opening hours in the store.</summary>
internal static class HourProfile
{
    private static ReadOnlySpan<double> Web =>
    [
        0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.4, 1.5, 1.6, 1.7,
        2.0, 1.9, 1.6, 1.5, 1.5, 1.7, 2.0, 2.4, 2.6, 2.3, 1.6, 0.8,
    ];

    /// <summary>A fraction of a day for a web visit: near the customer's own hour most of the time.</summary>
    public static double WebTimeOfDay(Random rng, int preferredHour)
    {
        int hour;
        if (preferredHour >= 0 && rng.NextBool(0.6))
        {
            hour = (preferredHour + (int)Math.Round(1.5 * rng.NextGaussian()) + 48) % 24;
        }
        else
        {
            hour = DrawWebHour(rng);
        }

        return (hour + rng.NextDouble()) / 24.0;
    }

    /// <summary>A fraction of a day within store opening hours, 9:00 to 18:00.</summary>
    public static double StoreTimeOfDay(Random rng) => (9 + (9 * rng.NextDouble())) / 24.0;

    public static int DrawWebHour(Random rng)
    {
        var total = 0.0;
        foreach (var weight in Web)
        {
            total += weight;
        }

        var target = rng.NextDouble() * total;
        for (var hour = 0; hour < 24; hour++)
        {
            target -= Web[hour];
            if (target < 0)
            {
                return hour;
            }
        }

        return 23;
    }
}
