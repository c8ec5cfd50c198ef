using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>
/// Units sold per period, oldest first, zero-filled, with cancellations netted. Where the catalogue
/// records stock, <see cref="StockOut"/> marks the periods in which the item was out of stock, so zero
/// sales there mean no stock rather than no demand.
/// </summary>
/// <param name="Scope">What the series adds up.</param>
/// <param name="Key">Item id, category path, or "total".</param>
/// <param name="Period">Day or week.</param>
/// <param name="Start">First day of the first period.</param>
/// <param name="Values">Units per period.</param>
/// <param name="StockOut">Per period, true when the item was out of stock; empty when unknown.</param>
public sealed record DemandSeries(
    DemandScope Scope,
    string Key,
    DemandPeriod Period,
    DateOnly Start,
    ImmutableArray<double> Values,
    ImmutableArray<bool> StockOut)
{
    /// <summary>Observations per seasonal cycle: 7 for days (a week), 52 for weeks (a year).</summary>
    public int SeasonLength => Period == DemandPeriod.Day ? 7 : 52;

    /// <summary>Days in one period.</summary>
    public int DaysPerPeriod => Period == DemandPeriod.Day ? 1 : 7;

    /// <summary>Number of periods.</summary>
    public int Length => Values.Length;

    /// <summary>First day after the last period: where a forecast starts.</summary>
    public DateOnly End => Start.AddDays(Length * DaysPerPeriod);

    /// <summary>
    /// Periods at the end of the series that were out of stock. Their zeros hide demand, so a forecast
    /// fits the periods before them and forecasts these as well.
    /// </summary>
    public int TrailingStockOut
    {
        get
        {
            int n = 0;
            for (int i = StockOut.Length - 1; i >= 0 && StockOut[i]; i--)
            {
                n++;
            }

            return n;
        }
    }

    /// <summary>Number of periods flagged as out of stock.</summary>
    public int StockOutPeriods
    {
        get
        {
            int n = 0;
            foreach (bool flag in StockOut)
            {
                n += flag ? 1 : 0;
            }

            return n;
        }
    }

    /// <summary>Periods needed to cover <paramref name="days"/> days: the days themselves, or whole weeks rounded up.</summary>
    public int PeriodsCovering(int days) => (days + DaysPerPeriod - 1) / DaysPerPeriod;

    /// <summary>
    /// Seven-day sums ending on the last day, so the last week is whole; a partial week at the start is
    /// dropped. A week is out of stock when any of its days was.
    /// </summary>
    public DemandSeries ToWeekly()
    {
        if (Period == DemandPeriod.Week)
        {
            return this;
        }

        int weeks = Length / 7;
        int skip = Length - (weeks * 7);
        var values = new double[weeks];
        var flags = StockOut.IsEmpty ? null : new bool[weeks];
        for (int w = 0; w < weeks; w++)
        {
            for (int d = 0; d < 7; d++)
            {
                int i = skip + (w * 7) + d;
                values[w] += Values[i];
                if (flags is not null && StockOut[i])
                {
                    flags[w] = true;
                }
            }
        }

        return new DemandSeries(Scope, Key, DemandPeriod.Week, Start.AddDays(skip), [.. values], flags is null ? [] : [.. flags]);
    }
}
