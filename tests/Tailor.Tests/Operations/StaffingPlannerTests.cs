using Tailor.Data;
using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>Staffing from an order history with a fixed weekly rhythm, where the answer is known.</summary>
public sealed class StaffingPlannerTests
{
    // Eight weeks from Monday 1 January 2024: Monday to Saturday two orders at 10:00 and one at 14:00, no orders on Sundays.
    private static readonly DemandHistory History = DemandHistory.Build(Rhythm(), [], new DemandHistoryOptions { End = new DateOnly(2024, 2, 25) });

    [Fact]
    public void The_forecast_day_is_spread_over_the_hours_of_its_weekday()
    {
        StaffingPlan plan = StaffingPlanner.Plan(History, new StaffingPlanOptions { MinutesPerOrder = 30 });

        // The history ends on Sunday 25 February, so the plan starts on Monday 26 February.
        Assert.Equal(new DateOnly(2024, 2, 26), plan.Start);
        Assert.Equal(7 * 24, plan.Hours.Count);
        StaffingHour mondayTen = plan.Hours[10];
        Assert.Equal(DayOfWeek.Monday, mondayTen.DayOfWeek);
        Assert.Equal(2, mondayTen.Orders, 1);
        Assert.Equal(1, mondayTen.WorkHours, 1);
        Assert.Equal(1, mondayTen.Staff);
        Assert.Equal(1, plan.Hours[14].Orders, 1);
        Assert.Equal(0, plan.Hours[9].Orders, 6);
        // Monday: 3 orders x 30 minutes = 1.5 hours, 2 staff hours; peak one person. Sunday: nothing.
        Assert.Equal(1.5, plan.Days[0].WorkHours, 1);
        Assert.Equal(2, plan.Days[0].StaffHours);
        Assert.Equal(1, plan.Days[0].PeakStaff);
        Assert.Equal(DayOfWeek.Sunday, plan.Days[6].DayOfWeek);
        Assert.Equal(0, plan.Days[6].StaffHours);
    }

    [Fact]
    public void The_support_desk_is_staffed_by_erlang_c()
    {
        // 500 contacts per order make Monday 10:00 the reference desk: 1,000 contacts an hour at 120 s,
        // 80% answered within 20 s, which needs 40 agents (shared/REFERENCE-VALUES.md).
        StaffingPlan plan = StaffingPlanner.Plan(History, new StaffingPlanOptions { ContactsPerOrder = 500, HandlingTimeSeconds = 120 });

        StaffingHour mondayTen = plan.Hours[10];
        Assert.InRange(mondayTen.Contacts, 980, 1020);
        Assert.Equal(40, mondayTen.Agents);
        Assert.True(mondayTen.ServiceLevel >= 0.8);
        Assert.Equal(0, plan.Hours[3].Agents);
        Assert.Equal(plan.Hours.Take(24).Sum(h => h.Agents), plan.Days[0].AgentHours);
    }

    [Fact]
    public void Bad_options_and_empty_shops_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => StaffingPlanner.Plan(History, new StaffingPlanOptions { MinutesPerOrder = 0 }));
        Assert.Throws<ArgumentException>(() => StaffingPlanner.Plan(DemandHistory.Build([], []), new StaffingPlanOptions()));
    }

    private static List<Order> Rhythm()
    {
        var orders = new List<Order>();
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (int day = 0; day < 56; day++)
        {
            if (day % 7 == 6)
            {
                continue;
            }

            foreach ((int hour, int minute) in new[] { (10, 5), (10, 40), (14, 20) })
            {
                orders.Add(new Order($"o{orders.Count}", null, start.AddDays(day).AddHours(hour).AddMinutes(minute), "web", null,
                    [new OrderLine(1, "I1", 1, 5m)]));
            }
        }

        return orders;
    }
}
