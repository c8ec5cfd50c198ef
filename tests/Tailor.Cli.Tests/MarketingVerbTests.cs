namespace Tailor.Cli.Tests;

/// <summary>The marketing verbs only read the shop, so one demo shop serves every test of the class.</summary>
public sealed class MarketingVerbTests(MarketingDemoShop shop) : IClassFixture<MarketingDemoShop>
{
    private readonly CliRun _cli = shop.Cli;

    [Fact]
    public void Audience_respects_the_budget_says_why_it_stops_and_exports_its_members()
    {
        var export = Path.Combine(_cli.Directory, "audience.csv");

        var (exit, json) = _cli.RunJson("audience", "--channel", "email", "--cost", "0.05", "--budget", "4", "--export", export);

        Assert.Equal(ExitCodes.Ok, exit);
        var audience = json.GetProperty("audience").GetInt32();
        Assert.True(audience is > 0 and <= 80, $"{audience} contacts");
        Assert.True(json.GetProperty("totalCost").GetDouble() <= 4 + 1e-9);
        Assert.Contains(json.GetProperty("cutoff").GetString(), new[] { "budget", "noPositiveValue", "everyoneSelected" });
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("explanation").GetString()));
        Assert.Equal("email", json.GetProperty("propensity").GetProperty("channel").GetString());
        Assert.InRange(json.GetProperty("propensity").GetProperty("model").GetProperty("auc").GetDouble(), 0, 1);
        Assert.True(json.GetProperty("excluded").GetProperty("withoutConsent").GetInt32() > 0);
        var lines = File.ReadAllLines(export);
        Assert.Equal("rank,customer,propensity,conversion_value,expected_value,send_at", lines[0]);
        Assert.Equal(audience + 1, lines.Length);
    }

    [Fact]
    public void Audience_at_recommended_times_sends_each_member_at_their_own_hour()
    {
        var export = Path.Combine(_cli.Directory, "timed.csv");

        var (exit, json) = _cli.RunJson("audience", "--channel", "email", "--cost", "0.01", "--recommended-times", "--frequency-cap", "6", "--export", export);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.True(json.GetProperty("perCustomerSendTimes").GetBoolean());
        var hours = File.ReadLines(export).Skip(1).Select(l => DateTimeOffset.Parse(l.Split(',')[5], System.Globalization.CultureInfo.InvariantCulture).Hour).Distinct().Count();
        Assert.True(hours > 3, $"{hours} distinct hours");
    }

    [Fact]
    public void Sendtime_reports_the_grid_the_cap_and_exports_every_customer_with_consent()
    {
        var export = Path.Combine(_cli.Directory, "sendtime.csv");

        var (exit, json) = _cli.RunJson("sendtime", "--export", export);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("hourOfDay", json.GetProperty("grid").GetString());
        Assert.Contains("too thin", json.GetProperty("gridReason").GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("frequencyCap").GetProperty("recommendedCap").GetInt32() >= 1);
        var customers = json.GetProperty("customers").GetInt32();
        Assert.Equal(customers + 1, File.ReadAllLines(export).Length);
        Assert.Equal(20, json.GetProperty("recommendations").GetArrayLength());
        Assert.All(json.GetProperty("recommendations").EnumerateArray(), r => Assert.InRange(r.GetProperty("hour").GetInt32(), 6, 22));
    }

    [Fact]
    public void Content_ranks_categories_by_the_value_of_a_new_piece()
    {
        var (exit, json) = _cli.RunJson("content");

        Assert.Equal(ExitCodes.Ok, exit);
        var opportunities = json.GetProperty("opportunities").EnumerateArray().ToList();
        Assert.True(opportunities.Count >= 5);
        Assert.Equal(1, opportunities[0].GetProperty("rank").GetInt32());
        Assert.StartsWith("New content pays most in " + opportunities[0].GetProperty("category").GetString(), json.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_refused_with_the_reason()
    {
        var (unknown, _, unknownError) = _cli.Run("audience", "--channel", "sms", "--cost", "1");
        var (negative, _, negativeError) = _cli.Run("audience", "--channel", "email", "--cost", "-1");
        var (missing, _, _) = _cli.Run("audience", "--cost", "1");
        var (grid, _, _) = _cli.Run("sendtime", "--grid", "weekly");

        Assert.Equal(ExitCodes.BadInput, unknown);
        Assert.Contains("no sends on channel 'sms'", unknownError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, negative);
        Assert.Contains("--cost", negativeError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, missing);
        Assert.Equal(ExitCodes.Usage, grid);
    }
}
