namespace Tailor.Cli.Tests;

public sealed class CustomerVerbTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Clv_on_a_transactions_file_prints_the_contracted_json_and_writes_predictions()
    {
        var rows = new System.Text.StringBuilder("customer,timestamp,amount\n");
        var rng = new Random(3);
        for (var c = 0; c < 300; c++)
        {
            var day = rng.Next(0, 60);
            for (var n = rng.Next(1, 6); n > 0 && day < 365; n--)
            {
                rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"c{c},{new DateOnly(2024, 1, 1).AddDays(day):yyyy-MM-dd},{rng.Next(5, 60)}\n");
                day += rng.Next(7, 90);
            }
        }

        var output = Path.Combine(_cli.Directory, "clv.csv");
        var (exit, json) = _cli.RunJson("clv", "--transactions", _cli.File("tx.csv", rows.ToString()), "--calibration-end", "2024-12-31",
            "--time-unit", "week", "--output", output);

        Assert.Equal(ExitCodes.Ok, exit);
        foreach (var name in new[] { "r", "alpha", "a", "b", "logLikelihood" })
        {
            Assert.True(double.IsFinite(json.GetProperty("bgnbd").GetProperty(name).GetDouble()), name);
        }

        foreach (var name in new[] { "p", "q", "gamma" })
        {
            Assert.True(json.GetProperty("gammaGamma").GetProperty(name).GetDouble() > 0, name);
        }

        var lines = File.ReadAllLines(output);
        Assert.Equal(301, lines.Length);
        Assert.StartsWith("customer,frequency,recency,T,monetary_value,p_alive", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Segments_of_the_demo_shop_use_the_named_presets()
    {
        _cli.Run("demo", "--no-serve", "--customers", "150");
        var export = Path.Combine(_cli.Directory, "segments.csv");

        var everyone = Path.Combine(_cli.Directory, "everyone.csv");
        var (rfm11, eleven) = _cli.RunJson("segments", "--export", export);
        var (rf10, ten) = _cli.RunJson("segments", "--preset", "rf10", "--export", everyone, "--any-consent");

        Assert.Equal(ExitCodes.Ok, rfm11);
        Assert.Equal(ExitCodes.Ok, rf10);
        var names = eleven.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("Champions", names);
        Assert.Equal(eleven.GetProperty("customers").GetInt32(), eleven.GetProperty("segments").EnumerateArray().Sum(s => s.GetProperty("customers").GetInt32()));
        Assert.Contains(ten.GetProperty("segments").EnumerateArray(), s => s.GetProperty("name").GetString() == "champions");
        Assert.All(eleven.GetProperty("segments").EnumerateArray(), s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("description").GetString())));

        // The export for email tools holds only customers who consented to marketing email, unless asked otherwise.
        var emailable = File.ReadAllLines(export).Skip(1).ToList();
        Assert.Equal(eleven.GetProperty("exported").GetInt32(), emailable.Count);
        Assert.All(emailable, line => Assert.EndsWith(",true", line, StringComparison.Ordinal));
        Assert.InRange(emailable.Count, 1, eleven.GetProperty("customers").GetInt32() - 1);
        Assert.Equal(ten.GetProperty("customers").GetInt32() + 1, File.ReadAllLines(everyone).Length);
    }

    [Fact]
    public void Churn_reports_the_model_next_to_both_baselines_and_writes_scores()
    {
        _cli.Run("demo", "--no-serve", "--customers", "300");
        var output = Path.Combine(_cli.Directory, "churn.csv");

        var (exit, json) = _cli.RunJson("churn", "--horizon-days", "90", "--output", output);

        Assert.Equal(ExitCodes.Ok, exit);
        var evaluation = json.GetProperty("evaluation");
        foreach (var model in new[] { "trees", "recency", "bgnbd" })
        {
            Assert.InRange(evaluation.GetProperty(model).GetProperty("auc").GetDouble(), 0.5, 1.0);
        }

        Assert.Equal("customer,p_purchase,model,recency_score,bgnbd_p_purchase,churn_drivers", File.ReadLines(output).First());
        Assert.Equal(json.GetProperty("customers").GetInt32() + 1, File.ReadAllLines(output).Length);
    }

    [Fact]
    public void Train_stores_customer_analytics_next_to_the_recommender()
    {
        _cli.Run("demo", "--no-serve", "--customers", "200");

        var (exit, json) = _cli.RunJson("train");

        Assert.Equal(ExitCodes.Ok, exit);
        var customers = json.GetProperty("customers");
        Assert.True(customers.GetProperty("version").GetInt32() >= 2, "demo trains version 1, train version 2");
        Assert.True(customers.GetProperty("customers").GetInt32() > 50);
        Assert.Contains(customers.GetProperty("churnModel").GetString(), new[] { "trees", "bgnbd" });
    }

    [Fact]
    public void Clv_needs_a_calibration_end_with_a_file() =>
        Assert.Equal(ExitCodes.BadInput, _cli.Run("clv", "--transactions", _cli.File("t.csv", "customer,timestamp\na,2024-01-01\n")).Exit);
}
