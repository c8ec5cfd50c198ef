using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tailor.Operations;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor forecast [--item ID|--category C|--total] [--horizon-days N] [--weekly] [--regressors FILE]`:
/// demand per day (or week) from the shop's orders, cancellations netted, out-of-stock days left out of the fit.
/// </summary>
internal sealed class ForecastStoreMode
{
    private readonly Option<string?> _item = new("--item") { Description = "Forecast the units of this item." };
    private readonly Option<string?> _category = new("--category") { Description = "Forecast the units of this category." };
    private readonly Option<bool> _total = new("--total") { Description = "Forecast the shop's total units (the default)." };
    private readonly Option<int?> _horizonDays = new("--horizon-days") { Description = "Days to forecast (default 28)." };
    private readonly Option<bool> _weekly = new("--weekly") { Description = "Forecast weekly totals (52-week season) instead of days." };
    private readonly Option<string?> _regressors = new("--regressors")
    {
        Description = "CSV with a date column and one column per regressor (promo, holiday, price, ...) covering the history and the horizon: a regression with ETS errors.",
    };

    public void AddTo(Command command)
    {
        command.Add(_item);
        command.Add(_category);
        command.Add(_total);
        command.Add(_horizonDays);
        command.Add(_weekly);
        command.Add(_regressors);
    }

    /// <summary>True when any store-mode option was given.</summary>
    public bool Chosen(ParseResult parse) =>
        parse.GetValue(_item) is not null || parse.GetValue(_category) is not null || parse.GetValue(_total)
        || parse.GetValue(_horizonDays) is not null || parse.GetValue(_weekly) || parse.GetValue(_regressors) is not null;

    /// <summary>True when more than one of --item, --category and --total was given.</summary>
    public bool Conflicting(ParseResult parse) =>
        (parse.GetValue(_item) is not null ? 1 : 0) + (parse.GetValue(_category) is not null ? 1 : 0) + (parse.GetValue(_total) ? 1 : 0) > 1;

    public int Run(CommandContext context, IForecaster forecaster, int? seasonLength)
    {
        var parse = context.Parse;
        var item = parse.GetValue(_item);
        var category = parse.GetValue(_category);
        var days = parse.GetValue(_horizonDays) ?? 28;
        if (days is < 1 or > 3660)
        {
            throw new CliException($"--horizon-days must be between 1 and 3660 (was {days}).");
        }

        context.RequireShop(createIfMissing: false);
        var demand = ShopDemand.Read(context.Store, context.ShopId);
        if (demand.History.Days == 0)
        {
            throw new CliException($"Shop '{context.ShopId}' has no orders to forecast from.");
        }

        var weekly = parse.GetValue(_weekly);
        DemandSeries series;
        try
        {
            series = demand.History.Select(item, category, weekly);
        }
        catch (KeyNotFoundException e)
        {
            throw new CliException(e.Message);
        }

        var horizon = series.PeriodsCovering(days);
        if (parse.GetValue(_regressors) is { } file)
        {
            if (weekly)
            {
                throw new CliException("--regressors works with daily series; leave out --weekly.");
            }

            if (!File.Exists(file))
            {
                throw new CliException($"File '{file}' does not exist.");
            }

            using var reader = new StreamReader(file);
            var regressors = RegressorCsv.Read(reader, series.Start, series.Length + horizon, file);
            forecaster = new RegressionForecaster(regressors);
        }

        var forecast = DemandForecast.Fit(series, forecaster, horizon, seasonLength);
        var regression = forecast.Fitted as RegressionModel;
        var result = forecast.Result;
        var rows = Enumerable.Range(0, horizon).Select(h => new
        {
            date = forecast.PeriodStart(h),
            forecast = Math.Round(result.Point[h], 3),
            lo80 = Math.Round(result.Lower80[h], 3),
            hi80 = Math.Round(result.Upper80[h], 3),
            lo95 = Math.Round(result.Lower95[h], 3),
            hi95 = Math.Round(result.Upper95[h], 3),
        }).ToList();
        if (context.Json)
        {
            context.Output.WriteJson(new
            {
                scope = series.Scope.ToString().ToLowerInvariant(),
                key = series.Key,
                period = weekly ? "week" : "day",
                model = forecast.Model,
                forecaster = forecast.Forecaster,
                history = new { start = series.Start, end = series.End.AddDays(-1), periods = series.Length, stockOutPeriods = series.StockOutPeriods, leftOutPeriods = series.TrailingStockOut },
                horizon,
                forecast = rows,
                regressors = regression?.Coefficients.Select(c => new { name = c.Name, estimate = c.Estimate, standardError = c.StandardError }),
            });
            return ExitCodes.Ok;
        }

        context.Output.Console.MarkupLineInterpolated(
            $"{series.Scope} [bold]{series.Key}[/]: {series.Length} {(weekly ? "weeks" : "days")} of history from {series.Start:yyyy-MM-dd}; model {forecast.Model}.");
        if (series.TrailingStockOut > 0)
        {
            context.Output.Console.MarkupLineInterpolated($"[yellow]The last {series.TrailingStockOut} periods were out of stock; they are left out of the fit and forecast instead.[/]");
        }

        var table = new Table().AddColumn("date").AddColumn(new TableColumn("forecast").RightAligned())
            .AddColumn(new TableColumn("80% interval").RightAligned()).AddColumn(new TableColumn("95% interval").RightAligned());
        foreach (var r in rows)
        {
            table.AddRow(r.date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.forecast.ToString("0.##", CultureInfo.InvariantCulture),
                $"{r.lo80.ToString("0.#", CultureInfo.InvariantCulture)} - {r.hi80.ToString("0.#", CultureInfo.InvariantCulture)}",
                $"{r.lo95.ToString("0.#", CultureInfo.InvariantCulture)} - {r.hi95.ToString("0.#", CultureInfo.InvariantCulture)}");
        }

        context.Output.Console.Write(table);
        foreach (var c in regression?.Coefficients ?? [])
        {
            context.Output.Console.MarkupLineInterpolated($"{c.Name}: {c.Estimate:0.###} (standard error {c.StandardError:0.###})");
        }

        return ExitCodes.Ok;
    }
}
