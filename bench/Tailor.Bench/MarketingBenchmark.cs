using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tailor.Marketing;
using Tailor.Simulation;

namespace Tailor.Bench;

/// <summary>
/// Marketing: how well fitted response curves recover the simulator's true curves, how much of the
/// true optimum a plan made from them reaches (profit scored with the TRUE curves), and how fast
/// fitting and allocation are.
/// </summary>
internal static class MarketingBenchmark
{
    private const int Horizon = 30;

    // Seeds from here on were never looked at while a default was chosen.
    private const int FirstHeldOutSeed = 15;

    private const int LastSeed = 29;

    // The simulated holdout tests: four weeks, half the customers held out.
    private const int LiftTestDays = 28;

    private const double LiftTestHoldout = 0.5;

    public static string Run()
    {
        var md = new StringBuilder();
        md.AppendLine("## Marketing: response curves and budget allocation");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineInfo.Describe()}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Load average when the run started: {MachineInfo.LoadAverage()} (other builds share the machine; a load above the 2 cores inflates the timings)");
        md.AppendLine("- Command: `bench/run marketing` (in process; data from the shop simulator's marketing scenario, `MarketingScenario.Options(seed)`)");
        md.AppendLine("- Fits use the default options (10 yearly harmonics, 91-day trend knots, the retail calendar, 8 starts, 60 bootstrap refits); plans use the mean of the bootstrap curves.");
        md.AppendLine();

        // Seeds 42 and 1-14 were looked at while the fit's and the planner's defaults were chosen; 15-29 never were.
        var seeds = new[] { 42 }.Concat(Enumerable.Range(1, LastSeed)).ToArray();
        var fits = new List<(int Seed, SimulatedShop Shop, ResponseCurveModel Model, double Seconds)>();
        foreach (var seed in seeds)
        {
            Console.WriteLine($"marketing: scenario seed {seed}...");
            var shop = ShopSimulator.Generate(MarketingScenario.Options(seed));
            var clock = Stopwatch.StartNew();
            var model = ResponseCurveFitter.Fit(History(shop));
            fits.Add((seed, shop, model, clock.Elapsed.TotalSeconds));
        }

        Recovery(md, fits[0].Shop, fits[0].Model);
        var outcomes = Plans(md, fits);
        Summary(md, outcomes);
        Coverage(md, fits);
        LiftTests(md, fits);
        BaselineKnown(md, fits);
        Console.WriteLine("marketing: default shop...");
        DefaultShop(md);
        Speed(md, fits[0].Shop, fits.Select(f => f.Seconds).ToList());
        return md.ToString();
    }

    private static string Percent(double change)
    {
        var rounded = (int)Math.Round(100 * change);
        return rounded > 0 ? $"+{rounded}%" : $"{rounded}%";
    }

    private static MarketingHistory History(SimulatedShop shop, IReadOnlyList<LiftTest>? liftTests = null)
    {
        var first = shop.Spend.Min(s => s.Date);
        var last = shop.Spend.Max(s => s.Date);
        return MarketingHistoryBuilder.FromRecords(shop.Orders, shop.Spend, MarketingOutcome.Orders, null, RetailCalendar.Between(first, last), liftTests);
    }

    /// <summary>
    /// One simulated holdout test per channel: the latest four weeks ending at least two weeks before
    /// the history does in which the channel spent at least half its typical amount a day.
    /// </summary>
    private static List<LiftTest> HoldoutTests(SimulatedShop shop, int seed)
    {
        var rng = new Random(seed + 7919);
        var last = shop.Spend.Max(s => s.Date);
        var tests = new List<LiftTest>();
        foreach (var channel in shop.Truth.Channels)
        {
            var spend = shop.Spend.Where(r => r.Channel == channel.Name).ToDictionary(r => r.Date, r => (double)r.Amount);
            for (var weeks = 0; weeks < 52; weeks++)
            {
                var start = last.AddDays(-LiftTestDays + 1 - 14 - (7 * weeks));
                if (Enumerable.Range(0, LiftTestDays).Average(d => spend.GetValueOrDefault(start.AddDays(d))) >= 0.5 * channel.TypicalDailySpend)
                {
                    tests.Add(LiftTestSimulator.Holdout(shop.Truth, channel.Name, start, LiftTestDays, LiftTestHoldout, rng));
                    break;
                }
            }
        }

        return tests;
    }

    private static void Recovery(StringBuilder md, SimulatedShop shop, ResponseCurveModel model)
    {
        var truth = shop.Truth;
        md.AppendLine("### Curve recovery (seed 42)");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Planning baseline: fitted {model.BaselineDailyOutcome:F1} orders a day, true {truth.PlanningBaselineDailyOrders:F1}. Response = incremental orders a day at the channel's typical daily spend, steady state; 90 % bootstrap intervals in brackets.");
        md.AppendLine();
        md.AppendLine("| channel | typical spend | response fitted | response true | error | adstock decay fitted | true | Hill shape fitted / true | half-saturation fitted / true | identified |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var channel in model.Channels)
        {
            var real = truth.Channel(channel.Channel);
            var response = model.DailyResponseInterval(channel.Channel, real.TypicalDailySpend);
            var expected = truth.ExpectedIncrementalDailyOrders(channel.Channel, real.TypicalDailySpend);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {channel.Channel} | {real.TypicalDailySpend:F0} | {response.Value:F1} [{response.Lower:F1}, {response.Upper:F1}] | {expected:F1} | {Percent((response.Value / expected) - 1)} | {channel.Curve.AdstockDecay:F2} [{channel.AdstockDecay.Lower:F2}, {channel.AdstockDecay.Upper:F2}] | {real.AdstockDecay:F2} | {channel.Curve.Shape:F2} / {real.Shape:F1} | {channel.Curve.HalfSaturation:F0} / {real.HalfSaturation:F0} | {(channel.Identified ? "yes" : "no: " + string.Join(" ", channel.Warnings))} |");
        }

        md.AppendLine();
    }

    /// <returns>Per seed and scenario: the plan's profit against the true optimum's and the two splits'.</returns>
    private static List<PlanOutcome> Plans(StringBuilder md, List<(int Seed, SimulatedShop Shop, ResponseCurveModel Model, double Seconds)> fits)
    {
        var outcomes = fits.SelectMany(f => Score(f.Seed, f.Shop, f.Model)).ToList();
        md.AppendLine("### Plans scored with the true curves");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Profit a day = catalogue gross margin x true incremental revenue - spend, for the plan from the fitted curves, the allocation computed from the true curves, the historical split and an equal split of the same money. *max-response*: the shop's historical daily budget. *max-profit*: target ROAS 1 / margin with a cap of three times the historical budget (the historical and equal splits then spend what the plan spends). Plans use the default limits: an unidentified channel (print, weekly insertions) keeps its historical share of the budget (max-response) or of the plan's spend (max-profit), and no channel goes beyond {(AllocationDefaults.MaxExtrapolation == 1 ? "" : $"{AllocationDefaults.MaxExtrapolation:0.##} times ")}its highest weekly spend in the history. Seeds 42 and 1-{FirstHeldOutSeed - 1} were looked at while the defaults were chosen (the prior's widths, the extrapolation cap, what marks a channel not identified); seeds {FirstHeldOutSeed}-{LastSeed} never were.");
        md.AppendLine();
        md.AppendLine("| seed | scenario | budget a day | plan | true optimum (its spend a day) | plan / optimum | historical split | equal split | plan beats both |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var o in outcomes)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {o.Seed} | {o.Scenario} | {o.Spent:F0} | {o.Plan:F0} | {o.Optimum:F0} ({o.OptimumSpend:F0}) | {o.Share:P1} | {o.Split:F0} | {o.Equal:F0} | {(o.Beats ? "yes" : "no")} |");
        }

        md.AppendLine();
        return outcomes;
    }

    /// <summary>Plans a seed's two scenarios from its fitted curves and scores them, and the alternatives, with the true curves.</summary>
    private static IEnumerable<PlanOutcome> Score(int seed, SimulatedShop shop, ResponseCurveModel model)
    {
        var truth = shop.Truth;
        var margin = GrossMargin.FromOrders(shop.Orders, shop.Items)!.Value;
        var curves = model.Channels.Select(c =>
        {
            var real = truth.Channel(c.Channel);
            return new SpendCurve(c.Channel, truth.PlanningBaselineDailyOrders * real.MaxLift * truth.AverageOrderValue, real.HalfSaturation, real.Shape);
        }).ToList();
        var historical = model.Channels.Select(c => c.HistoricalDailySpend).ToArray();
        var daily = historical.Sum();
        double Profit(IReadOnlyList<double> spend) => (margin * spend.Select((s, i) => curves[i].Value(s)).Sum()) - spend.Sum();
        foreach (var (name, budget, scenario, target) in new[]
        {
            ("max-response", daily, AllocationScenario.MaxResponse, 0.0),
            ("max-profit", 3 * daily, AllocationScenario.MaxProfit, 1 / margin),
        })
        {
            var plan = BudgetPlanner.Plan(model, new AllocationOptions { Budget = budget * Horizon, HorizonDays = Horizon, Scenario = scenario, Margin = margin });
            var planned = plan.Channels.Select(c => c.RecommendedSpend / Horizon).ToArray();
            var optimum = BudgetAllocator.Allocate(curves, curves.Select(_ => SpendBounds.Free).ToList(), budget, target).Spend;

            // What the true curves reach when, like the plan, no channel goes beyond its highest week in the history.
            var inRange = BudgetAllocator.Allocate(
                curves, model.Channels.Select(c => new SpendBounds(0, AllocationDefaults.MaxExtrapolation * c.PeakDailySpend)).ToList(), budget, target).Spend;
            var spent = planned.Sum();
            var split = historical.Select(h => h / daily * spent).ToArray();
            var equal = historical.Select(_ => spent / historical.Length).ToArray();
            yield return new PlanOutcome(
                seed, name, spent, Profit(planned), Profit(optimum), optimum.Sum(), Profit(inRange), Profit(split), Profit(equal), Profit(historical));
        }
    }

    private static void Summary(StringBuilder md, List<PlanOutcome> outcomes)
    {
        md.AppendLine("| scenario | seeds | plan / optimum, lowest | median | mean | seeds at 95 % or more | true optimum within the history's range / optimum, median | seeds where the plan beats both splits of its money | seeds where it beats the historical spend |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var scenario in new[] { "max-response", "max-profit" })
        {
            foreach (var (label, held) in new[] { ($"42, 1-{FirstHeldOutSeed - 1}", false), ($"{FirstHeldOutSeed}-{LastSeed} (held out)", true) })
            {
                var rows = outcomes.Where(o => o.Scenario == scenario && (o.Seed >= FirstHeldOutSeed && o.Seed != 42) == held).ToList();
                if (rows.Count == 0)
                {
                    continue;
                }

                var shares = rows.Select(r => r.Share).Order().ToList();
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {scenario} | {label} | {shares[0]:P1} | {shares[shares.Count / 2]:P1} | {shares.Average():P1} | {rows.Count(r => r.Share >= 0.95)} of {rows.Count} | {rows.Select(r => r.OptimumInRange / r.Optimum).Order().ElementAt(rows.Count / 2):P1} | {rows.Count(r => r.Beats)} of {rows.Count} | {rows.Count(r => r.Plan > r.StatusQuo)} of {rows.Count} |");
            }
        }

        md.AppendLine();
    }

    /// <summary>
    /// How often the 90 % bootstrap interval of each identified channel's response at its typical spend
    /// holds the true response, and how far the fitted response is from it, over every scenario seed.
    /// </summary>
    private static void Coverage(StringBuilder md, List<(int Seed, SimulatedShop Shop, ResponseCurveModel Model, double Seconds)> fits)
    {
        md.AppendLine("### Intervals over all seeds");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Per identified channel: does the 90 % bootstrap interval of the response at the typical spend hold the true response, and the median error of the fitted response, over the {fits.Count} seeds above.");
        md.AppendLine();
        md.AppendLine("| channel | seeds identified | interval holds the truth | median error | largest error |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        var names = fits[0].Model.Channels.Select(c => c.Channel).ToList();
        int held = 0, total = 0;
        foreach (var name in names)
        {
            var errors = new List<double>();
            var covered = 0;
            foreach (var (_, shop, model, _) in fits)
            {
                var channel = model.Channel(name);
                if (!channel.Identified)
                {
                    continue;
                }

                var typical = shop.Truth.Channel(name).TypicalDailySpend;
                var response = model.DailyResponseInterval(name, typical);
                var truth = shop.Truth.ExpectedIncrementalDailyOrders(name, typical);
                covered += response.Lower <= truth && truth <= response.Upper ? 1 : 0;
                errors.Add(Math.Abs((response.Value / truth) - 1));
            }

            held += covered;
            total += errors.Count;
            errors.Sort();
            md.AppendLine(errors.Count == 0
                ? $"| {name} | 0 | - | - | - |"
                : string.Create(CultureInfo.InvariantCulture, $"| {name} | {errors.Count} | {covered} ({(double)covered / errors.Count:P0}) | {errors[errors.Count / 2]:P0} | {errors[^1]:P0} |"));
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"| all | {total} | {held} ({(double)held / Math.Max(1, total):P0}) | | |");
        md.AppendLine();
    }

    private static void DefaultShop(StringBuilder md)
    {
        // The default shop spends like many small shops: search always on, display and video in flights.
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions());
        var model = ResponseCurveFitter.Fit(History(shop));
        md.AppendLine("### The default shop, for contrast");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"`ShopSimulatorOptions()` (2,000 customers, about {shop.Orders.Count / 730.0:F0} orders a day, search always on, display and video in flights, weekly print): the fit flags what it cannot tell.");
        md.AppendLine();
        md.AppendLine("| channel | response fitted [90 % interval] | response true | warnings |");
        md.AppendLine("|---|---:|---:|---|");
        foreach (var channel in model.Channels)
        {
            var typical = shop.Truth.Channel(channel.Channel).TypicalDailySpend;
            var response = model.DailyResponseInterval(channel.Channel, typical);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {channel.Channel} | {response.Value:F2} [{response.Lower:F2}, {response.Upper:F2}] | {shop.Truth.ExpectedIncrementalDailyOrders(channel.Channel, typical):F2} | {string.Join(" ", channel.Warnings)} |");
        }

        md.AppendLine();
    }

    private static void Speed(StringBuilder md, SimulatedShop shop, List<double> fitSeconds)
    {
        var history = History(shop);
        var point = RecommendBenchmark.Median(5, () => ResponseCurveFitter.Fit(history, new ResponseCurveOptions { BootstrapReplicates = 0 }));
        var rng = new Random(7);
        var concave = Enumerable.Range(0, 10).Select(i => new SpendCurve($"c{i}", 50 + (150 * rng.NextDouble()), 20 + (100 * rng.NextDouble()), 0.6 + (0.4 * rng.NextDouble()))).ToList();
        var mixed = concave.Select((c, i) => i % 2 == 0 ? c : c with { Shape = 1.5 + (1.5 * rng.NextDouble()) }).ToList();
        var mean = mixed.Select(c => (IResponseCurve)new MeanResponseCurve(c.Channel,
            Enumerable.Range(0, 60).Select(_ => c with { MaxResponse = c.MaxResponse * (0.7 + (0.6 * rng.NextDouble())), HalfSaturation = c.HalfSaturation * (0.7 + (0.6 * rng.NextDouble())) }).ToList())).ToList();
        var free = Enumerable.Repeat(SpendBounds.Free, 10).ToList();
        BudgetAllocator.Allocate(mixed, free, 500); // loads OR-Tools' native library once, as a server would at start
        var lagrange = RecommendBenchmark.Median(21, () => BudgetAllocator.Allocate(concave, free, 500));
        var mip = RecommendBenchmark.Median(21, () => BudgetAllocator.Allocate(mixed, free, 500));
        var meanMip = RecommendBenchmark.Median(21, () => BudgetAllocator.Allocate(mean, free, 500));
        fitSeconds.Sort();

        md.AppendLine("### Speed");
        md.AppendLine();
        md.AppendLine("| what | median | data |");
        md.AppendLine("|---|---:|---|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| allocation, 10 concave channels (Lagrange multiplier by Brent's method) | {lagrange * 1000:F2} ms | 21 runs |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| allocation, 10 channels, 5 S-shaped (SCIP MIP + exact polish) | {mip * 1000:F1} ms | 21 runs, after one warm-up call |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| allocation, 10 channels, 5 S-shaped, each the mean of 60 bootstrap curves | {meanMip * 1000:F1} ms | 21 runs |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| curve fit, no bootstrap | {point:F2} s | {history.Days} days, {history.Channels.Count} channels, 8 starts; 5 runs |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| curve fit with 60 bootstrap refits | {fitSeconds[fitSeconds.Count / 2]:F1} s | median over the {fitSeconds.Count} scenario seeds above |");
        md.AppendLine();
    }

    /// <summary>The same seeds fitted again with one simulated holdout test per channel.</summary>
    private static void LiftTests(StringBuilder md, List<(int Seed, SimulatedShop Shop, ResponseCurveModel Model, double Seconds)> fits)
    {
        Console.WriteLine("marketing: the same seeds with holdout tests...");
        var outcomes = new List<PlanOutcome>();
        var errors = new List<(double Without, double With)>();
        var precision = new List<double>();
        foreach (var (seed, shop, model, _) in fits)
        {
            var tests = HoldoutTests(shop, seed);
            precision.AddRange(tests.Select(t => t.StandardError / Math.Max(1e-9, LiftTestSimulator.TrueIncremental(shop.Truth, t.Channel, t.Start, LiftTestDays))));
            var calibrated = ResponseCurveFitter.Fit(History(shop, tests));
            outcomes.AddRange(Score(seed, shop, calibrated));
            foreach (var channel in model.Channels.Where(c => c.Identified))
            {
                var typical = shop.Truth.Channel(channel.Channel).TypicalDailySpend;
                var truth = shop.Truth.ExpectedIncrementalDailyOrders(channel.Channel, typical);
                errors.Add((Math.Abs((model.DailyResponse(channel.Channel, typical) / truth) - 1), Math.Abs((calibrated.DailyResponse(channel.Channel, typical) / truth) - 1)));
            }
        }

        precision.Sort();
        var without = errors.Select(e => e.Without).Order().ToList();
        var with = errors.Select(e => e.With).Order().ToList();
        md.AppendLine("### With one holdout test per channel");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"The same seeds, fitted with one simulated conversion-lift test per channel (`LiftTestSimulator.Holdout`: {LiftTestDays} days, {LiftTestHoldout:P0} of customers held out, the latest such window ending two weeks before the history that the channel spent at least half its typical amount in). The tests' standard error is {precision[precision.Count / 2]:P0} of the true effect for the median test ({precision[precision.Count / 4]:P0}-{precision[3 * precision.Count / 4]:P0} for the middle half): a shop of this size measures a channel only roughly in four weeks. Median error of the fitted response at typical spend over the identified channels: {without[without.Count / 2]:P0} without the tests, {with[with.Count / 2]:P0} with them (largest {without[^1]:P0} and {with[^1]:P0}).");
        md.AppendLine();
        Summary(md, outcomes);
    }

    /// <summary>
    /// The same seeds refitted with the baseline taken out of the question: each day's orders divided by
    /// the simulator's true baseline that day (its active customers, season and events) and multiplied by
    /// the planning baseline times the season. What the plans still miss then comes from the curves alone.
    /// </summary>
    private static void BaselineKnown(StringBuilder md, List<(int Seed, SimulatedShop Shop, ResponseCurveModel Model, double Seconds)> fits)
    {
        Console.WriteLine("marketing: the same seeds with the true baseline divided out...");
        var outcomes = new List<PlanOutcome>();
        var errors = new List<double>();
        foreach (var (seed, shop, _, _) in fits)
        {
            var history = History(shop);
            var truth = shop.Truth;
            var outcome = history.Outcome.Select((orders, t) =>
            {
                var day = truth.Day(history.Start.AddDays(t));
                return orders * truth.PlanningBaselineDailyOrders * day.Seasonality / day.BaselineOrders;
            }).ToArray();
            var known = ResponseCurveFitter.Fit(new MarketingHistory(
                history.Start, history.OutcomeKind, outcome, history.Channels, history.Spend, history.ValuePerOrder, history.FirstOutcomeDay, history.Events));
            outcomes.AddRange(Score(seed, shop, known));
            foreach (var channel in known.Channels.Where(c => c.Identified))
            {
                var typical = truth.Channel(channel.Channel).TypicalDailySpend;
                errors.Add(Math.Abs((known.DailyResponse(channel.Channel, typical) / truth.ExpectedIncrementalDailyOrders(channel.Channel, typical)) - 1));
            }
        }

        errors.Sort();
        md.AppendLine("### The baseline known");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"What limits the plans: the same seeds refitted after each day's orders are divided by the simulator's true baseline that day (its active customers, season and events) and multiplied by the planning baseline times the season, so the fitted baseline has nothing left to find. Median error of the fitted response at typical spend: {errors[errors.Count / 2]:P0} (largest {errors[^1]:P0}). Plans that still fall short of 95 % do so because of the curves themselves: two years of a shop this size leave the shape and half-saturation of an S-shaped channel uncertain by tens of percent.");
        md.AppendLine();
        Summary(md, outcomes);
    }

    /// <summary>
    /// A scenario's plan and the alternatives, each scored as true profit a day; the status quo is the
    /// shop's historical spend, channel by channel.
    /// </summary>
    private sealed record PlanOutcome(
        int Seed, string Scenario, double Spent, double Plan, double Optimum, double OptimumSpend, double OptimumInRange, double Split, double Equal, double StatusQuo)
    {
        public double Share => Plan / Optimum;

        /// <summary>The plan against the true curves' best allocation within the history's spend range.</summary>
        public double ShareInRange => Plan / OptimumInRange;

        public bool Beats => Plan > Split && Plan > Equal;
    }
}
