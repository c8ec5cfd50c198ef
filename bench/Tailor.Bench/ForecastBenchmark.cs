using System.Globalization;
using System.Text;
using Tailor.Operations;
using Tailor.Simulation;

namespace Tailor.Bench;

/// <summary>
/// Issue 7's forecasting figures. Accuracy and speed of Tailor's automatic choice against R's
/// forecast::ets on the same daily series with the last 28 days held out (Online Retail categories, the
/// simulator's categories and items), and the time to forecast 4,000 simulated item series of two years.
/// </summary>
internal static class ForecastBenchmark
{
    private const int Horizon = 28;
    private const int SeasonLength = 7;
    private const int OnlineRetailCategories = 30;
    private const int SimulatedItemSample = 100;
    private const int SpeedSeries = 4_000;

    // Two searches ending at the same optimum differ by far less than this (about 1e-9 here).
    private const double LikelihoodTolerance = 1e-3;

    public static string Run(string dataPath)
    {
        var md = new StringBuilder();
        md.AppendLine("## Forecasting: Tailor's automatic choice against R's forecast::ets");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineInfo.Describe()}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at start {MachineInfo.LoadAverage(all: true)}");
        md.AppendLine("- Command: `bench/run forecast` (installs r-base-core and r-cran-forecast when missing)");
        var rVersion = REts.Version();
        md.AppendLine(rVersion is null
            ? "- R: not installed (`apt-get install r-base-core r-cran-forecast`); Tailor's figures only"
            : $"- R: forecast {rVersion}, `ets(ts(y, frequency = 7))` with R's defaults, then `forecast(fit, h = 28)`");
        md.AppendLine();
        md.AppendLine("""
            Each series is daily (season length 7); the last 28 days are held out and forecast from the days
            before. sMAPE (percent, 0-200) and MASE (scaled by the in-sample MAE of the seasonal naive
            method, lag 7) are computed by the same code for both, per series, then averaged over the
            series (MASE over the series where it is defined). Times cover fitting and forecasting every
            series of a set, measured inside each program around its loop: R's start-up, package loading
            and file reading are not counted, nor is .NET's start-up. Tailor is timed once cold (first use
            in the process, so JIT compilation included), then warm; "2 threads" fits the series in
            parallel on both cores (`AutoForecaster.FitMany`), "1 thread" one after another as R does.
            CPU seconds add up all of a program's threads (Tailor's JIT and GC included); on a busy machine
            they grow far less than wall-clock time, so the CPU ratio is the steadier one.
            Tailor's automatic choice (default options) selects ETS on the whole series as R does, backtests
            it against seasonal naive, naive and Theta at 3 origins of 7 days, and keeps ETS unless another
            candidate's MASE is 20% lower; series with more than half the days without demand go to Croston,
            SBA and TSB instead. "Tailor ETS" is Tailor's ETS alone on one thread, checked against R's
            choice per series.
            """);
        md.AppendLine();

        var rows = new List<Comparison>();
        Console.WriteLine("forecast: Online Retail category series...");
        rows.Add(Compare("Online Retail, top categories by quantity", OnlineRetailDaily.Categories(dataPath, OnlineRetailCategories), rVersion is not null));

        Console.WriteLine("forecast: simulating a shop (4,400 items, 100,000 customers, 730 days)...");
        var options = new ShopSimulatorOptions { Customers = 100_000, Items = 4_400, Days = 730 };
        var shop = ShopSimulator.Generate(options);
        var (items, categories) = SimulatorDaily.Build(shop, options.Start, options.Days);
        md.AppendLine(CultureInfo.InvariantCulture,
            $"The simulated shop: `ShopSimulator` with {options.Customers:N0} customers, {options.Items:N0} catalogue items ({items.Count:N0} products) and {options.Days} days from {options.Start:yyyy-MM-dd}, seed {options.Seed}; its {categories.Count} categories and {SimulatedItemSample} of its products drawn at random (seed 7); daily quantities with cancellations netted, negative days as zero. Online Retail: the {OnlineRetailCategories} categories (last word of the item description) with the most units, {OnlineRetailDaily.Describe}.");
        md.AppendLine();
        rows.Add(Compare("simulator, categories", categories, rVersion is not null));
        var sample = items.ToArray();
        new Random(7).Shuffle(sample);
        rows.Add(Compare($"simulator, {SimulatedItemSample} random products", [.. sample.Take(SimulatedItemSample)], rVersion is not null));

        md.AppendLine("Accuracy on the 28 held-out days:");
        md.AppendLine();
        md.AppendLine("| series set | series | R ets sMAPE | R ets MASE | Tailor auto sMAPE | Tailor auto MASE | Tailor auto chose | lowest backtest MASE wins: sMAPE | MASE |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach (var r in rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Count} | {Fmt(r.REts?.Smape)} | {Fmt(r.REts?.Mase, "F3")} | {r.Auto.Smape:F2} | {r.Auto.Mase:F3} | {r.Chosen} | {r.LowestMase.Smape:F2} | {r.LowestMase.Mase:F3} |");
        }

        md.AppendLine();
        md.AppendLine("The last two columns are the automatic choice with `SwitchMargin = 0`, where the candidate with the lowest backtest MASE wins even by a hair: a few 7-day windows are a noisy measure, and on these series switching away from ETS on small differences lost accuracy, which is why ETS is kept unless another candidate is 20% better.");

        md.AppendLine();
        md.AppendLine("Time to fit and forecast every series of a set, wall-clock seconds (CPU seconds in brackets):");
        md.AppendLine();
        md.AppendLine("| series set | R ets | Tailor auto, 2 threads | the same, cold | Tailor auto, 1 thread | R / Tailor auto: wall, 2 threads | wall, 1 thread | CPU |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {Fmt(r.R)} | {Fmt(r.AutoWarm)} | {Fmt(r.AutoCold)} | {Fmt(r.AutoOneThread)} | {Ratio(r.R?.WallSeconds, r.AutoWarm.WallSeconds)} | {Ratio(r.R?.WallSeconds, r.AutoOneThread.WallSeconds)} | {Ratio(r.R?.CpuSeconds, r.AutoWarm.CpuSeconds)} |");
        }

        md.AppendLine();
        md.AppendLine("Tailor's ETS alone (one thread) against R's, on the same training days:");
        md.AppendLine();
        md.AppendLine("| series set | same model as R | log-likelihood: as R's / higher / lower | Tailor ETS sMAPE | Tailor ETS MASE | Tailor ETS time | R / Tailor ETS: wall | CPU |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {(r.SameAsR is { } same ? $"{same} of {r.Count}" : "-")} | {(r.Likelihood is { } l ? $"{l.Same} / {l.Higher} / {l.Lower}" : "-")} | {r.Ets.Smape:F2} | {r.Ets.Mase:F3} | {Fmt(r.EtsTime)} | {Ratio(r.R?.WallSeconds, r.EtsTime.WallSeconds)} | {Ratio(r.R?.CpuSeconds, r.EtsTime.CpuSeconds)} |");
        }

        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"The log-likelihood column compares the maximised log-likelihood of the model each program chose, per series where both report one: \"as R's\" within {LikelihoodTolerance}, \"higher\" where Tailor's search found a better optimum, \"lower\" where it stopped short of R's.");

        md.AppendLine();
        Console.WriteLine("forecast: 4,000 item series...");
        Speed(items, rows[1], md);
        md.AppendLine(CultureInfo.InvariantCulture, $"Load average at the end: {MachineInfo.LoadAverage(all: true)} (other work on the machine inflates every time above).");
        return md.ToString();
    }

    private static Comparison Compare(string name, List<NamedSeries> series, bool withR)
    {
        var training = series.Select(s => new NamedSeries(s.Name, s.Values[..^Horizon])).ToList();
        var actual = series.Select(s => s.Values[^Horizon..]).ToList();
        var trainingValues = training.Select(s => s.Values).ToList();

        var auto = new AutoForecaster();
        IReadOnlyList<AutoForecastModel> models = [];
        double[][] autoForecasts = [];
        void FitAuto()
        {
            models = auto.FitMany(trainingValues, SeasonLength);
            autoForecasts = [.. models.Select(m => m.Forecast(Horizon).Point.ToArray())];
        }

        var cold = Timing.Measure(FitAuto);
        var warm = Timing.Measure(FitAuto);
        var oneThread = new AutoForecaster(new AutoForecastOptions { MaxDegreeOfParallelism = 1, Ets = new EtsOptions { MaxDegreeOfParallelism = 1 } });
        var single = Timing.Measure(() =>
        {
            foreach (var y in trainingValues)
            {
                oneThread.Fit(y, SeasonLength).Forecast(Horizon);
            }
        });

        var ets = new EtsForecaster(new EtsOptions { MaxDegreeOfParallelism = 1 });
        var etsModels = new EtsModel[trainingValues.Count];
        var etsForecasts = new double[trainingValues.Count][];
        var etsTime = Timing.Measure(() =>
        {
            for (var i = 0; i < trainingValues.Count; i++)
            {
                etsModels[i] = ets.Fit(trainingValues[i], SeasonLength);
                etsForecasts[i] = [.. etsModels[i].Forecast(Horizon).Point];
            }
        });

        var lowest = new AutoForecaster(new AutoForecastOptions { SwitchMargin = 0 }).FitMany(trainingValues, SeasonLength)
            .Select(m => m.Forecast(Horizon).Point.ToArray()).ToArray();
        REts.Result? r = withR ? REts.Run(training, SeasonLength, Horizon) : null;
        return new Comparison(
            name,
            series.Count,
            Accuracy(trainingValues, actual, autoForecasts),
            Accuracy(trainingValues, actual, etsForecasts),
            Accuracy(trainingValues, actual, lowest),
            r is null ? null : Accuracy(trainingValues, actual, r.Forecasts),
            warm,
            cold,
            single,
            etsTime,
            r?.Time,
            Chosen(models),
            r is null ? null : etsModels.Where((m, i) => m.Description == r.Methods[i]).Count(),
            r is null ? null : CompareLikelihoods(etsModels, r.LogLikelihoods));
    }

    /// <summary>Per series where both have one: Tailor's log-likelihood as R's, above it, below it.</summary>
    private static LikelihoodCounts CompareLikelihoods(EtsModel[] models, double[] r)
    {
        int same = 0, higher = 0, lower = 0;
        for (var i = 0; i < models.Length; i++)
        {
            if (models[i].Criteria is not { } criteria || double.IsNaN(r[i]))
            {
                continue;
            }

            var difference = criteria.LogLikelihood - r[i];
            if (Math.Abs(difference) <= LikelihoodTolerance)
            {
                same++;
            }
            else if (difference > 0)
            {
                higher++;
            }
            else
            {
                lower++;
            }
        }

        return new LikelihoodCounts(same, higher, lower);
    }

    private static void Speed(List<NamedSeries> items, Comparison busy, StringBuilder md)
    {
        var series = items.Take(SpeedSeries).Select(s => s.Values).ToList();
        var intermittent = series.Count(s => AutoForecaster.IsIntermittent(s));
        var auto = new AutoForecaster();
        IReadOnlyList<AutoForecastModel> models = [];
        var all = Timing.Measure(() =>
        {
            models = auto.FitMany(series, SeasonLength);
            foreach (var model in models)
            {
                model.Forecast(Horizon);
            }
        });
        var regular = series.Where(s => !AutoForecaster.IsIntermittent(s)).ToList();
        var regularTime = Timing.Measure(() => auto.FitMany(regular, SeasonLength));
        md.AppendLine("### Speed: 4,000 item series");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"The first {series.Count:N0} products of the simulated shop above (730 days each; {intermittent:N0} intermittent, {regular.Count:N0} regular): `AutoForecaster.FitMany` on {Environment.ProcessorCount} cores, then a 28-day forecast from each model (one run, after the comparisons above, so JIT-compiled).");
        md.AppendLine();
        md.AppendLine("| what | wall s | CPU s | wall per series | chosen |");
        md.AppendLine("|---|---:|---:|---:|---|");
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| automatic choice and 28-day forecast, {series.Count:N0} item series | {all.WallSeconds:F1} | {all.CpuSeconds:F1} | {all.WallSeconds / series.Count * 1000:F1} ms | {Chosen(models)} |");
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| the {regular.Count:N0} regular series alone (fits only) | {regularTime.WallSeconds:F1} | {regularTime.CpuSeconds:F1} | {regularTime.WallSeconds / Math.Max(regular.Count, 1) * 1000:F1} ms | |");
        md.AppendLine();
        var busyCpu = busy.AutoWarm.CpuSeconds / busy.Count;
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Most of the time goes to the regular series, and most of those have days without sales, which leaves ETS six additive models to try. A busy series with sales every day tries all fifteen: the simulator's categories took {busyCpu * 1000:F0} ms of CPU each above, so 4,000 series like them would take about {SpeedSeries * busyCpu / Environment.ProcessorCount:F0} s on {Environment.ProcessorCount} cores.");
        md.AppendLine();
    }

    private static Metrics Accuracy(List<double[]> training, List<double[]> actual, double[][] forecasts)
    {
        double smape = 0;
        double mase = 0;
        var defined = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            smape += ForecastAccuracy.Smape(actual[i], forecasts[i]);
            var m = ForecastAccuracy.Mase(actual[i], forecasts[i], ForecastAccuracy.NaiveScale(training[i], SeasonLength));
            if (!double.IsNaN(m))
            {
                mase += m;
                defined++;
            }
        }

        return new Metrics(smape / actual.Count, defined > 0 ? mase / defined : double.NaN);
    }

    /// <summary>How often each method was chosen, most often first.</summary>
    private static string Chosen(IEnumerable<AutoForecastModel> models) =>
        string.Join(", ", models.GroupBy(m => m.Forecaster).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));

    private static string Fmt(double? value, string format = "F2") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Fmt(Timing? time) =>
        time is { } t ? string.Create(CultureInfo.InvariantCulture, $"{t.WallSeconds:F2} ({t.CpuSeconds:F2})") : "-";

    private static string Ratio(double? r, double tailor) =>
        r is { } seconds ? string.Create(CultureInfo.InvariantCulture, $"{seconds / tailor:F1}x") : "-";

    private sealed record Metrics(double Smape, double Mase);

    private sealed record Comparison(
        string Name,
        int Count,
        Metrics Auto,
        Metrics Ets,
        Metrics LowestMase,
        Metrics? REts,
        Timing AutoWarm,
        Timing AutoCold,
        Timing AutoOneThread,
        Timing EtsTime,
        Timing? R,
        string Chosen,
        int? SameAsR,
        LikelihoodCounts? Likelihood);

    private sealed record LikelihoodCounts(int Same, int Higher, int Lower);
}
