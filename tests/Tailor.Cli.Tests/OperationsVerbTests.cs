using System.Globalization;
using System.Text;

namespace Tailor.Cli.Tests;

/// <summary>forecast on the store, inventory and staffing on the demo shop, with their --json contracts.</summary>
public sealed class OperationsVerbTests(OperationsVerbTests.DemoShop demo) : IClassFixture<OperationsVerbTests.DemoShop>
{
    private readonly CliRun _cli = demo.Cli;

    [Fact]
    public void Forecast_on_the_store_covers_the_horizon_for_total_category_and_item()
    {
        var (total, t) = _cli.RunJson("forecast", "--total", "--horizon-days", "14");
        var (item, i) = _cli.RunJson("forecast", "--item", "I0001", "--horizon-days", "10");
        var (weekly, w) = _cli.RunJson("forecast", "--total", "--weekly", "--horizon-days", "28");
        var (categoryExit, c) = _cli.RunJson("forecast", "--category", "Home/Candles", "--horizon-days", "7");
        var category = t.GetProperty("forecast")[0];

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok), (total, item, weekly, categoryExit));
        Assert.Equal("Home/Candles", c.GetProperty("key").GetString());
        Assert.Equal("total", t.GetProperty("scope").GetString());
        Assert.Equal(14, t.GetProperty("forecast").GetArrayLength());
        Assert.True(category.GetProperty("hi95").GetDouble() >= category.GetProperty("forecast").GetDouble());
        var historyEnd = DateOnly.Parse(t.GetProperty("history").GetProperty("end").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(historyEnd.AddDays(1), DateOnly.Parse(category.GetProperty("date").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("I0001", i.GetProperty("key").GetString());
        Assert.Equal(10, i.GetProperty("forecast").GetArrayLength());
        Assert.Equal("week", w.GetProperty("period").GetString());
        Assert.Equal(4, w.GetProperty("forecast").GetArrayLength());
    }

    [Fact]
    public void Forecast_usage_errors_and_unknown_items_are_reported()
    {
        var (both, _, bothErr) = _cli.Run("forecast", "--item", "I0001", "--total");
        var (mixed, _, _) = _cli.Run("forecast", "--series", "x.csv", "--total");
        var (unknown, json) = _cli.RunJson("forecast", "--item", "no-such-item");

        Assert.Equal(ExitCodes.Usage, both);
        Assert.Contains("one of", bothErr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, mixed);
        Assert.Equal(ExitCodes.BadInput, unknown);
        Assert.Contains("no-such-item", json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Regressors_from_a_file_give_a_regression_with_ets_errors()
    {
        var (_, plain) = _cli.RunJson("forecast", "--total", "--horizon-days", "7");
        var start = DateOnly.Parse(plain.GetProperty("history").GetProperty("start").GetString()!, CultureInfo.InvariantCulture);
        var days = plain.GetProperty("history").GetProperty("periods").GetInt32() + 7;
        var file = new StringBuilder("date,weekend,ramp\n");
        for (var d = 0; d < days; d++)
        {
            var date = start.AddDays(d);
            file.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{(date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1 : 0)},{d}\n");
        }

        var (exit, json) = _cli.RunJson("forecast", "--total", "--horizon-days", "7", "--regressors", _cli.File("reg.csv", file.ToString()));
        var (shortExit, shortJson) = _cli.RunJson("forecast", "--total", "--horizon-days", "30", "--regressors", _cli.File("reg2.csv", file.ToString()));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(["intercept", "weekend", "ramp"], json.GetProperty("regressors").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Contains("Regression", json.GetProperty("model").GetString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, shortExit);
        Assert.Contains("no row for", shortJson.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Inventory_lists_what_to_order_with_reasons_costs_and_risks_and_exports_them()
    {
        var export = Path.Combine(_cli.Directory, "purchase.csv");

        var (exit, json) = _cli.RunJson("inventory", "--service-level", "0.9", "--export", export);
        var (bad, _) = _cli.RunJson("inventory", "--service-level", "1.5");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(0.9, json.GetProperty("serviceLevel").GetDouble());
        var lines = json.GetProperty("lines").EnumerateArray().ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l =>
        {
            Assert.True(l.GetProperty("quantity").GetInt32() > 0);
            Assert.False(string.IsNullOrEmpty(l.GetProperty("why").GetString()));
            Assert.True(l.GetProperty("riskAfter").GetDouble() <= l.GetProperty("riskBefore").GetDouble());
            Assert.True(l.GetProperty("cost").GetDouble() > 0);
        });
        Assert.Equal(Math.Round(lines.Sum(l => l.GetProperty("cost").GetDouble()), 2), json.GetProperty("totalCost").GetDouble(), 1);
        var csv = File.ReadAllLines(export);
        Assert.StartsWith("item,title,quantity,why,cost,risk_before,risk_after", csv[0], StringComparison.Ordinal);
        Assert.True(csv.Length >= lines.Count + 1);
        Assert.Equal(ExitCodes.BadInput, bad);
    }

    [Fact]
    public void Staffing_plans_a_week_by_the_hour_with_erlang_c_agents()
    {
        var (exit, json) = _cli.RunJson("staffing", "--minutes-per-order", "12", "--contacts-per-order", "0.5");
        var (bad, _) = _cli.RunJson("staffing", "--minutes-per-order", "0");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(7, json.GetProperty("days").GetArrayLength());
        Assert.Equal(168, json.GetProperty("hours").GetArrayLength());
        var day = json.GetProperty("days")[0];
        var hours = json.GetProperty("hours").EnumerateArray().Take(24).ToList();
        Assert.Equal(day.GetProperty("orders").GetDouble(), hours.Sum(h => h.GetProperty("orders").GetDouble()), 0);
        Assert.Equal(day.GetProperty("orders").GetDouble() * 12 / 60, day.GetProperty("workHours").GetDouble(), 1);
        Assert.Equal(hours.Sum(h => h.GetProperty("agents").GetInt32()), day.GetProperty("agentHours").GetInt32());
        Assert.Equal(ExitCodes.BadInput, bad);
    }

    /// <summary>One demo shop for all the tests; none of them writes to it.</summary>
    public sealed class DemoShop : IDisposable
    {
        public DemoShop() => Assert.Equal(ExitCodes.Ok, Cli.Run("demo", "--no-serve", "--customers", "300").Exit);

        public CliRun Cli { get; } = new();

        public void Dispose() => Cli.Dispose();
    }
}
