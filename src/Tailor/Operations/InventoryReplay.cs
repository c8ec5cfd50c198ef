namespace Tailor.Operations;

/// <summary>
/// Replays days of known demand against two stocking rules, as a shop would have lived them: the
/// purchase planner (<see cref="PurchasePlanner"/>, with forecasts refitted on the history so far) and a
/// fixed rule that tops the stock up to so many days of recent average demand. Both review on the same
/// days with the same lead time; demand that finds no stock is lost. Measures cycle service level, fill
/// rate, holding and ordering cost.
/// </summary>
public static class InventoryReplay
{
    /// <summary>Name of the planner's outcome.</summary>
    public const string PlannedName = "purchase suggestions";

    /// <summary>Replays every item; items are independent and run in parallel.</summary>
    public static InventoryReplayResult Run(
        IReadOnlyList<ReplayItem> items, InventoryReplayOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int length = options.HistoryDays + options.ReplayDays;
        for (int i = 0; i < items.Count; i++)
        {
            ReplayItem item = items[i];
            if (item.Demand.Count < length)
            {
                throw new ArgumentException(
                    $"Item '{item.ItemId}' has {item.Demand.Count} days of demand; the replay needs {length} ({options.HistoryDays} of history + {options.ReplayDays}).",
                    nameof(items));
            }

            if (!(item.UnitCost > 0) || !double.IsFinite(item.UnitCost))
            {
                throw new ArgumentException($"Item '{item.ItemId}' needs a positive unit cost (was {item.UnitCost}).", nameof(items));
            }
        }

        IForecaster forecaster = options.Forecaster ?? new DemandForecaster();
        var planned = new Tally[items.Count];
        var fixedRule = new Tally[items.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        int done = 0;
        Parallel.For(0, items.Count, parallel, i =>
        {
            double[] demand = [.. items[i].Demand.Take(length)];
            planned[i] = Replay(items[i], demand, options, new PlannedRule(items[i], demand, forecaster, options, cancellationToken));
            fixedRule[i] = Replay(items[i], demand, options, new FixedRule(demand, options));
            progress?.Report(Interlocked.Increment(ref done));
        });

        return new InventoryReplayResult(
            Sum(PlannedName, planned, options),
            Sum($"order up to {options.FixedCoverDays} days of average demand", fixedRule, options),
            items.Count,
            options.ReplayDays,
            options.Purchase.ServiceLevel);
    }

    private static Tally Replay(ReplayItem item, double[] demand, InventoryReplayOptions options, IRule rule)
    {
        int lead = options.Purchase.LeadTimeDays;
        int review = options.Purchase.ReviewPeriodDays;
        int first = options.HistoryDays;
        double dailyHolding = item.UnitCost * options.Purchase.AnnualHoldingRate / 365;
        var arrivals = new double[options.ReplayDays + lead + 1];
        double onOrder = 0;
        double onHand = rule.InitialStock(first);
        var tally = new Tally { Cycles = 1 };
        bool shortInCycle = false;
        for (int day = 0; day < options.ReplayDays; day++)
        {
            if (arrivals[day] > 0)
            {
                // A delivery closes one replenishment cycle and opens the next.
                tally.CyclesShort += shortInCycle ? 1 : 0;
                tally.Cycles++;
                shortInCycle = false;
            }

            onHand += arrivals[day];
            onOrder -= arrivals[day];
            if (day % review == 0)
            {
                int quantity = rule.Order(first + day, onHand, onOrder);
                if (quantity > 0)
                {
                    tally.Orders++;
                    onOrder += quantity;
                    arrivals[day + lead] += quantity;
                    if (lead == 0)
                    {
                        tally.CyclesShort += shortInCycle ? 1 : 0;
                        tally.Cycles++;
                        shortInCycle = false;
                        onHand += quantity;
                        onOrder -= quantity;
                        arrivals[day] -= quantity;
                    }
                }
            }

            double wanted = demand[first + day];
            double sold = Math.Min(onHand, wanted);
            onHand -= sold;
            tally.Demand += wanted;
            tally.Lost += wanted - sold;
            shortInCycle |= wanted > sold;
            tally.Holding += onHand * dailyHolding;
            tally.StockValue += onHand * item.UnitCost;
        }

        tally.CyclesShort += shortInCycle ? 1 : 0;
        return tally;
    }

    private static PolicyOutcome Sum(string name, Tally[] tallies, InventoryReplayOptions options)
    {
        double cycles = 0, cyclesShort = 0, demand = 0, lost = 0, holding = 0, value = 0;
        int orders = 0;
        foreach (Tally t in tallies)
        {
            cycles += t.Cycles;
            cyclesShort += t.CyclesShort;
            demand += t.Demand;
            lost += t.Lost;
            holding += t.Holding;
            value += t.StockValue;
            orders += t.Orders;
        }

        return new PolicyOutcome(
            name,
            cycles > 0 ? 1 - (cyclesShort / cycles) : 1,
            demand > 0 ? 1 - (lost / demand) : 1,
            holding,
            orders * options.Purchase.OrderingCost,
            orders,
            value / options.ReplayDays,
            demand,
            lost);
    }

    private struct Tally
    {
        public int Cycles;
        public int CyclesShort;
        public int Orders;
        public double Demand;
        public double Lost;
        public double Holding;
        public double StockValue;
    }

    private interface IRule
    {
        double InitialStock(int day);

        int Order(int day, double onHand, double onOrder);
    }

    /// <summary>Follows the planner's suggestion at each review, refitting the forecast every few weeks on the demand seen so far.</summary>
    private sealed class PlannedRule(ReplayItem item, double[] demand, IForecaster forecaster, InventoryReplayOptions options, CancellationToken cancellationToken) : IRule
    {
        private ForecastResult? _forecast;
        private int _fittedAt = int.MinValue;

        public double InitialStock(int day) => Suggest(day, 0, 0).OrderUpTo;

        public int Order(int day, double onHand, double onOrder) => Suggest(day, onHand, onOrder).Quantity;

        private PurchaseSuggestion Suggest(int day, double onHand, double onOrder)
        {
            if (_forecast is null || day - _fittedAt >= options.RefitEveryDays)
            {
                _fittedAt = day;
                var history = new DemandSeries(DemandScope.Item, item.ItemId, DemandPeriod.Day, DateOnly.MinValue, [.. demand.AsSpan(0, day)], []);
                _forecast = DemandForecast.Fit(history, forecaster, options.RefitEveryDays + options.Purchase.ProtectionDays, cancellationToken: cancellationToken).Result;
            }

            var state = new PurchaseItem(item.ItemId, item.ItemId, item.UnitCost, item.UnitPrice, onHand, onOrder, Perishable: false);
            return PurchasePlanner.Suggest(state, _forecast, options.Purchase, day - _fittedAt);
        }
    }

    /// <summary>Orders up to a fixed number of days of the recent average demand: the spreadsheet rule.</summary>
    private sealed class FixedRule(double[] demand, InventoryReplayOptions options) : IRule
    {
        public double InitialStock(int day) => Target(day);

        public int Order(int day, double onHand, double onOrder) => (int)Math.Max(0, Math.Ceiling(Target(day) - onHand - onOrder - 1e-9));

        private double Target(int day)
        {
            int from = Math.Max(0, day - options.FixedAverageDays);
            double sum = 0;
            for (int t = from; t < day; t++)
            {
                sum += demand[t];
            }

            return Math.Ceiling((options.FixedCoverDays * sum / Math.Max(1, day - from)) - 1e-9);
        }
    }
}
