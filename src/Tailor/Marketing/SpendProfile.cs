namespace Tailor.Marketing;

/// <summary>
/// What a channel's spend history can tell: days with spend, how many distinct weekly levels it
/// visited, and how much it varied. Too little of either means the curve cannot be identified.
/// </summary>
internal sealed record SpendProfile(int SpendDays, int Levels, double WeeklyVariation, double[] Weekly)
{
    // Two weekly levels count as distinct when they differ by more than this factor.
    private const double LevelRatio = 1.25;

    public static SpendProfile Of(ReadOnlySpan<double> spend)
    {
        var spendDays = 0;
        foreach (var s in spend)
        {
            spendDays += s > 0 ? 1 : 0;
        }

        // Weekly means smooth out daily noise around one budget, and one insertion a week.
        var weeks = spend.Length / 7;
        var weekly = new double[weeks];
        for (var w = 0; w < weeks; w++)
        {
            var sum = 0.0;
            for (var d = 0; d < 7; d++)
            {
                sum += spend[(w * 7) + d];
            }

            weekly[w] = sum / 7;
        }

        var bins = new Dictionary<int, int>();
        double mean = 0, squares = 0;
        foreach (var level in weekly)
        {
            var bin = level <= 0 ? int.MinValue : (int)Math.Floor(Math.Log(level) / Math.Log(LevelRatio));
            bins[bin] = bins.GetValueOrDefault(bin) + 1;
            mean += level;
            squares += level * level;
        }

        // A level must hold for two weeks to count: one odd week is noise, not an experiment.
        var levels = bins.Values.Count(n => n >= 2);
        mean = weeks > 0 ? mean / weeks : 0;
        var variance = weeks > 1 ? Math.Max(0, (squares / weeks) - (mean * mean)) : 0;
        return new SpendProfile(spendDays, levels, mean > 0 ? Math.Sqrt(variance) / mean : 0, weekly);
    }

    /// <summary>Pearson correlation of two channels' weekly spend; 0 when either never varies.</summary>
    public double Correlation(SpendProfile other)
    {
        var n = Math.Min(Weekly.Length, other.Weekly.Length);
        double mx = 0, my = 0;
        for (var i = 0; i < n; i++)
        {
            mx += Weekly[i];
            my += other.Weekly[i];
        }

        mx /= Math.Max(1, n);
        my /= Math.Max(1, n);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (Weekly[i] - mx) * (other.Weekly[i] - my);
            sxx += (Weekly[i] - mx) * (Weekly[i] - mx);
            syy += (other.Weekly[i] - my) * (other.Weekly[i] - my);
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;
    }
}
