namespace Tailor.Operations;

/// <summary>
/// Turns the orders forecast into staff. Daily orders are forecast (weekly season), then spread over the
/// hours of each day by the share each hour of that weekday had in the last weeks: forecasting days and
/// splitting them is steadier than forecasting 168 sparse hours, and keeps the week's shape. Order work
/// gives staff per hour and staff hours per day; support contacts, a share of orders, give Erlang C
/// agents per hour.
/// </summary>
public static class StaffingPlanner
{
    /// <summary>Plans <see cref="StaffingPlanOptions.Days"/> days after the history; <paramref name="forecaster"/> defaults to <see cref="DemandForecaster"/>.</summary>
    public static StaffingPlan Plan(
        DemandHistory history, StaffingPlanOptions? options = null, IForecaster? forecaster = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        options ??= new StaffingPlanOptions();
        options.Validate();
        if (history.Days == 0)
        {
            throw new ArgumentException("The shop has no orders to plan staff from.", nameof(history));
        }

        DemandForecast daily = DemandForecast.Fit(history.DailyOrders(), forecaster ?? new DemandForecaster(), options.Days, cancellationToken: cancellationToken);
        double[] shares = HourShares(history.OrdersByHourOfWeek(options.ProfileWeeks));
        var hours = new List<StaffingHour>(options.Days * 24);
        var days = new List<StaffingDay>(options.Days);
        for (int d = 0; d < options.Days; d++)
        {
            DateOnly date = history.End.AddDays(d);
            int weekday = ((int)date.DayOfWeek + 6) % 7;
            double dayOrders = Math.Max(0, daily.Result.Point[d]);
            double dayWork = 0;
            int peak = 0;
            int agentHours = 0;
            for (int h = 0; h < 24; h++)
            {
                double orders = dayOrders * shares[(weekday * 24) + h];
                double work = orders * options.MinutesPerOrder / 60;
                int staff = (int)Math.Ceiling(work - 1e-2);
                double contacts = orders * options.ContactsPerOrder;
                StaffingRequirement desk = ErlangC.Staff(contacts, options.HandlingTimeSeconds, options.Desk);
                hours.Add(new StaffingHour(date, h, orders, work, Math.Max(0, staff), contacts, desk.Agents, desk.ServiceLevel));
                dayWork += work;
                peak = Math.Max(peak, staff);
                agentHours += desk.Agents;
            }

            days.Add(new StaffingDay(date, dayOrders, dayWork, (int)Math.Ceiling(dayWork - 1e-2), peak, agentHours));
        }

        return new StaffingPlan(history.End, daily.Model, hours, days);
    }

    /// <summary>Share of each hour in its weekday's orders; a weekday without orders takes the week's pooled shape, no orders at all a flat one.</summary>
    private static double[] HourShares(double[] byHourOfWeek)
    {
        var pooled = new double[24];
        double pooledTotal = 0;
        for (int i = 0; i < 168; i++)
        {
            pooled[i % 24] += byHourOfWeek[i];
            pooledTotal += byHourOfWeek[i];
        }

        var shares = new double[168];
        for (int day = 0; day < 7; day++)
        {
            double total = 0;
            for (int h = 0; h < 24; h++)
            {
                total += byHourOfWeek[(day * 24) + h];
            }

            for (int h = 0; h < 24; h++)
            {
                shares[(day * 24) + h] = total > 0 ? byHourOfWeek[(day * 24) + h] / total
                    : pooledTotal > 0 ? pooled[h] / pooledTotal
                    : 1.0 / 24;
            }
        }

        return shares;
    }
}
