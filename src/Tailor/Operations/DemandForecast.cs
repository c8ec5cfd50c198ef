namespace Tailor.Operations;

/// <summary>A forecast of a demand series from the first period after its history.</summary>
/// <param name="Series">The series forecast.</param>
/// <param name="Model">The fitted model, such as "ETS(A,N,A)" or "SBA (alpha 0.1)".</param>
/// <param name="Forecaster">The method chosen, such as "ETS" or "TSB".</param>
/// <param name="Result">Forecasts from <see cref="DemandSeries.End"/> on, one per period.</param>
/// <param name="Fitted">The fitted model, such as a <see cref="RegressionModel"/> with its coefficients; null without history.</param>
public sealed record DemandForecast(DemandSeries Series, string Model, string Forecaster, ForecastResult Result, IForecastModel? Fitted)
{
    /// <summary>First day forecast.</summary>
    public DateOnly Start => Series.End;

    /// <summary>First day of forecast period <paramref name="step"/> (0 is the first).</summary>
    public DateOnly PeriodStart(int step) => Start.AddDays(step * Series.DaysPerPeriod);

    /// <summary>
    /// Fits <paramref name="forecaster"/> to the series and forecasts <paramref name="horizon"/> periods.
    /// Periods at the end that were out of stock are left out of the fit (their zeros hide demand) and
    /// forecast instead, so the result still starts right after the history. A series with no
    /// observed period forecasts zero. <paramref name="seasonLength"/> overrides the series' own (7 for days, 52 for weeks).
    /// </summary>
    public static DemandForecast Fit(
        DemandSeries series, IForecaster forecaster, int horizon, int? seasonLength = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(forecaster);
        SeriesGuard.Horizon(horizon);
        int hidden = series.TrailingStockOut;
        int observed = series.Length - hidden;
        if (observed == 0)
        {
            var zero = new double[horizon];
            return new DemandForecast(series, "no history", "none",
                ForecastIntervals.Create("no history", zero, [.. zero], [.. zero], [.. zero], [.. zero], null), null);
        }

        IForecastModel model = forecaster.Fit(series.Values.AsSpan(0, observed), seasonLength ?? series.SeasonLength, cancellationToken);
        ForecastResult full = model.Forecast(hidden + horizon);
        ForecastResult result = hidden == 0 ? full : full with
        {
            Point = full.Point.Slice(hidden, horizon),
            Lower80 = full.Lower80.Slice(hidden, horizon),
            Upper80 = full.Upper80.Slice(hidden, horizon),
            Lower95 = full.Lower95.Slice(hidden, horizon),
            Upper95 = full.Upper95.Slice(hidden, horizon),
        };
        string chosen = model switch
        {
            AutoForecastModel auto => auto.Forecaster,
            ChosenModel picked => picked.Forecaster,
            _ => forecaster.Name,
        };
        return new DemandForecast(series, model.Description, chosen, result, model);
    }
}
