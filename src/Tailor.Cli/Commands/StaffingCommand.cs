using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tailor.Operations;

namespace Tailor.Cli.Commands;

/// <summary>`tailor staffing`: workload per hour of the coming week, staff hours per day, support desk agents by Erlang C.</summary>
internal static class StaffingCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var minutes = new Option<double>("--minutes-per-order") { Description = "Minutes of work per order.", DefaultValueFactory = _ => StaffingPlanDefaults.MinutesPerOrder };
        var days = new Option<int>("--days") { Description = "Days to plan.", DefaultValueFactory = _ => StaffingPlanDefaults.Days };
        var contacts = new Option<double>("--contacts-per-order") { Description = "Support contacts per order.", DefaultValueFactory = _ => StaffingPlanDefaults.ContactsPerOrder };
        var handling = new Option<double>("--handling-seconds") { Description = "Average handling time of a support contact.", DefaultValueFactory = _ => StaffingPlanDefaults.HandlingTimeSeconds };
        var target = new Option<double>("--service-target") { Description = "Share of contacts to answer within --answer-seconds.", DefaultValueFactory = _ => StaffingDefaults.TargetServiceLevel };
        var answer = new Option<double>("--answer-seconds") { Description = "Answer-time target in seconds.", DefaultValueFactory = _ => StaffingDefaults.TargetAnswerTimeSeconds };
        var occupancy = new Option<double>("--max-occupancy") { Description = "Highest share of time agents are busy.", DefaultValueFactory = _ => StaffingDefaults.MaxOccupancy };
        var command = new Command("staffing", "Workload per hour of the coming week, staff hours per day, and Erlang C agents for a support desk.")
        {
            minutes, days, contacts, handling, target, answer, occupancy,
        };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var options = new StaffingPlanOptions
            {
                MinutesPerOrder = parse.GetValue(minutes),
                Days = parse.GetValue(days),
                ContactsPerOrder = parse.GetValue(contacts),
                HandlingTimeSeconds = parse.GetValue(handling),
                Desk = new StaffingOptions
                {
                    TargetServiceLevel = parse.GetValue(target),
                    TargetAnswerTimeSeconds = parse.GetValue(answer),
                    MaxOccupancy = parse.GetValue(occupancy),
                },
            };
            context.RequireShop(createIfMissing: false);
            var demand = ShopDemand.Read(context.Store, context.ShopId);
            var plan = StaffingPlanner.Plan(demand.History, options);
            if (context.Json)
            {
                output.WriteJson(Json(plan, options));
                return ExitCodes.Ok;
            }

            output.Console.MarkupLineInterpolated(
                $"Staffing from {plan.Start:yyyy-MM-dd}, {options.MinutesPerOrder:0.#} minutes an order; daily orders forecast by {plan.Model}; support desk {options.ContactsPerOrder:0.##} contacts an order, {options.HandlingTimeSeconds:0} s each, {options.Desk.TargetServiceLevel * 100:0.#}% within {options.Desk.TargetAnswerTimeSeconds:0} s.");
            var table = new Table().AddColumn("day").AddColumn(new TableColumn("orders").RightAligned()).AddColumn(new TableColumn("work h").RightAligned())
                .AddColumn(new TableColumn("staff h").RightAligned()).AddColumn(new TableColumn("peak staff").RightAligned()).AddColumn(new TableColumn("desk agent h").RightAligned())
                .AddColumn("busiest hours");
            foreach (var day in plan.Days)
            {
                var busiest = plan.Hours.Where(h => h.Date == day.Date).OrderByDescending(h => h.Orders).Take(3).OrderBy(h => h.Hour)
                    .Select(h => $"{h.Hour:00}:00 ({h.Orders:0.#})");
                table.AddRow($"{day.Date:yyyy-MM-dd} {day.DayOfWeek.ToString()[..3]}", day.Orders.ToString("0.#", CultureInfo.InvariantCulture),
                    day.WorkHours.ToString("0.#", CultureInfo.InvariantCulture), day.StaffHours.ToString(CultureInfo.InvariantCulture),
                    day.PeakStaff.ToString(CultureInfo.InvariantCulture), day.AgentHours.ToString(CultureInfo.InvariantCulture), string.Join(", ", busiest));
            }

            output.Console.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The JSON of a staffing plan, with the same field names as the API's.</summary>
    internal static object Json(StaffingPlan plan, StaffingPlanOptions options) => new
    {
        start = plan.Start,
        model = plan.Model,
        minutesPerOrder = options.MinutesPerOrder,
        contactsPerOrder = options.ContactsPerOrder,
        handlingSeconds = options.HandlingTimeSeconds,
        days = plan.Days.Select(d => new
        {
            date = d.Date,
            dayOfWeek = d.DayOfWeek,
            orders = Math.Round(d.Orders, 2),
            workHours = Math.Round(d.WorkHours, 2),
            staffHours = d.StaffHours,
            peakStaff = d.PeakStaff,
            agentHours = d.AgentHours,
        }),
        hours = plan.Hours.Select(h => new
        {
            date = h.Date,
            hour = h.Hour,
            dayOfWeek = h.DayOfWeek,
            orders = Math.Round(h.Orders, 3),
            workHours = Math.Round(h.WorkHours, 3),
            staff = h.Staff,
            contacts = Math.Round(h.Contacts, 3),
            agents = h.Agents,
            serviceLevel = Math.Round(h.ServiceLevel, 4),
        }),
    };
}
