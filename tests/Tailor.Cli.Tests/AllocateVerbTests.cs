namespace Tailor.Cli.Tests;

public sealed class AllocateVerbTests(DemoShopFixture fixture) : IClassFixture<DemoShopFixture>
{
    private readonly CliRun _cli = fixture.Cli;

    [Fact]
    public void Allocate_splits_the_budget_and_prints_the_contracted_json()
    {
        var (exit, json) = _cli.RunJson("allocate", "--budget", "9000", "--bootstrap", "4", "--min", "search=1000", "--max", "print=50%", "--no-hold");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("max-response", json.GetProperty("scenario").GetString());
        Assert.Equal(9000, json.GetProperty("budget").GetDouble());
        var channels = json.GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("channel").GetString()!, c => c);
        Assert.Equal(["display", "print", "search", "social", "video"], channels.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(9000, channels.Values.Sum(c => c.GetProperty("recommendedSpend").GetDouble()), 0);
        Assert.True(channels["search"].GetProperty("recommendedSpend").GetDouble() >= 999.99);
        Assert.True(channels["print"].GetProperty("recommendedSpend").GetDouble() <= channels["print"].GetProperty("maxSpend").GetDouble() + 0.01);
        Assert.All(channels.Values, c => Assert.True(c.TryGetProperty("expectedResponse", out _) && c.TryGetProperty("marginalRoas", out _)));
        Assert.Equal(5, json.GetProperty("curves").GetArrayLength());
        Assert.Equal(4, json.GetProperty("fit").GetProperty("bootstrapReplicates").GetInt32());
    }

    [Fact]
    public void Target_roas_needs_a_target_and_limits_must_name_known_channels()
    {
        var (noTarget, _, noTargetError) = _cli.Run("allocate", "--budget", "100", "--scenario", "target-roas");
        var (unknown, _, unknownError) = _cli.Run("allocate", "--budget", "100", "--bootstrap", "0", "--min", "tv=10");
        var (badLimit, _, badLimitError) = _cli.Run("allocate", "--budget", "100", "--max", "search");
        var (badScenario, _, _) = _cli.Run("allocate", "--budget", "100", "--scenario", "max-fun");

        Assert.Equal(ExitCodes.BadInput, noTarget);
        Assert.Contains("--target", noTargetError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, unknown);
        Assert.Contains("'tv'", unknownError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, badLimit);
        Assert.Contains("--max", badLimitError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, badScenario);
    }

    [Fact]
    public void Target_roas_stops_spending_where_returns_fall_to_the_target_and_events_come_from_a_file()
    {
        var events = _cli.File("events.csv", "date,name\n2024-03-15,spring sale\n2024-03-16,spring sale\n");
        var badEvents = _cli.File("bad.csv", "date,name\n15/03/2024,spring sale\n");

        var (exit, json) = _cli.RunJson("allocate", "--budget", "10000000", "--scenario", "target-roas", "--target", "2", "--bootstrap", "0",
            "--events", events, "--no-hold", "--max-extrapolation", "0");
        var (bad, _, badError) = _cli.Run("allocate", "--budget", "100", "--events", badEvents);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.True(json.GetProperty("recommendedSpend").GetDouble() < 10000000);
        Assert.Equal(2, json.GetProperty("marginalRoas").GetDouble(), 3);
        Assert.Equal(ExitCodes.BadInput, bad);
        Assert.Contains("line 2", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Lift_tests_from_a_file_calibrate_the_curves_and_every_bad_row_is_named()
    {
        var (plain, from, to) = PlainFitAndTestWindow();
        var tests = _cli.File("lift.csv", $"channel,start,end,incremental,standard_error\nsearch,{from},{to},9.5,0.5\n");
        var bad = _cli.File("bad-lift.csv",
            $"channel,start,end,incremental,standard_error,outcome\nsearch,{from},{to},4.5,0,orders\nsocial,2024-13-01,{to},1,1,orders\nvideo,{from},{to},1,1,clicks\n");
        var outside = _cli.File("outside-lift.csv", "channel,start,end,incremental,standard_error\nsearch,2001-01-01,2001-01-28,4,1\n");

        var (exit, json) = _cli.RunJson("allocate", "--budget", "9000", "--bootstrap", "0", "--lift-tests", tests);
        var (badExit, _, badError) = _cli.Run("allocate", "--budget", "9000", "--bootstrap", "0", "--lift-tests", bad);
        var (outsideExit, _, outsideError) = _cli.Run("allocate", "--budget", "9000", "--bootstrap", "0", "--lift-tests", outside);

        Assert.Equal(ExitCodes.Ok, exit);
        var lift = Assert.Single(json.GetProperty("fit").GetProperty("liftTests").EnumerateArray().ToList());
        Assert.Equal("search", lift.GetProperty("channel").GetString());
        Assert.Equal("orders", lift.GetProperty("outcome").GetString());
        Assert.Equal(9.5, lift.GetProperty("incremental").GetDouble());
        Assert.Equal((lift.GetProperty("fitted").GetDouble() - 9.5) / 0.5, lift.GetProperty("deviation").GetDouble(), 3);
        Assert.Empty(plain.GetProperty("fit").GetProperty("liftTests").EnumerateArray());
        static double Search(System.Text.Json.JsonElement report) =>
            report.GetProperty("curves").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "search").GetProperty("dailyResponse").GetProperty("value").GetDouble();
        Assert.NotEqual(Search(plain), Search(json));
        var (_, text, _) = _cli.Run("allocate", "--budget", "9000", "--bootstrap", "0", "--lift-tests", tests);
        Assert.Contains("Lift test of search", text, StringComparison.Ordinal);
        Assert.Contains("measured 9.5 ± 0.5 orders a day", text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, badExit);
        Assert.Contains("3 bad lift test(s)", badError, StringComparison.Ordinal);
        Assert.Contains("line 2", badError, StringComparison.Ordinal);
        Assert.Contains("line 3", badError, StringComparison.Ordinal);
        Assert.Contains("line 4", badError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, outsideExit);
        Assert.Contains("outside the history", outsideError, StringComparison.Ordinal);
    }

    [Fact]
    public void Stored_lift_tests_calibrate_every_fit_until_removed()
    {
        var (_, from, to) = PlainFitAndTestWindow();
        var tests = _cli.File("stored-lift.csv", $"channel,start,end,incremental,standard_error\nsearch,{from},{to},9.5,0.5\nradio,{from},{to},1,1\n");
        try
        {
            var (imported, _, _) = _cli.Run("lift-tests", "import", tests);
            var (_, listed) = _cli.RunJson("lift-tests", "list");
            var (_, calibrated) = _cli.RunJson("allocate", "--budget", "9000", "--bootstrap", "0");

            Assert.Equal(ExitCodes.Ok, imported);
            Assert.Equal(2, listed.GetProperty("liftTests").GetArrayLength());
            var used = Assert.Single(calibrated.GetProperty("fit").GetProperty("liftTests").EnumerateArray().ToList());
            Assert.Equal("search", used.GetProperty("channel").GetString());

            // The radio test names a channel without spend rows: left out with a warning, the fit goes on.
            Assert.Contains(calibrated.GetProperty("fit").GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("'radio'", StringComparison.Ordinal));
        }
        finally
        {
            _cli.Run("lift-tests", "remove", "--channel", "search", "--start", from, "--end", to);
            _cli.Run("lift-tests", "remove", "--channel", "radio", "--start", from, "--end", to);
        }

        var (_, after) = _cli.RunJson("lift-tests", "list");
        var (missing, _, missingError) = _cli.Run("lift-tests", "remove", "--channel", "search", "--start", from, "--end", to);
        Assert.Equal(0, after.GetProperty("liftTests").GetArrayLength());
        Assert.Equal(ExitCodes.BadInput, missing);
        Assert.Contains("no lift test of 'search'", missingError, StringComparison.Ordinal);
    }

    /// <summary>A plan without lift tests, and four weeks ending two weeks before its history does, for a test.</summary>
    private (System.Text.Json.JsonElement Plain, string From, string To) PlainFitAndTestWindow()
    {
        var (_, plain) = _cli.RunJson("allocate", "--budget", "9000", "--bootstrap", "0");
        var end = DateOnly.Parse(plain.GetProperty("fit").GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return (plain, end.AddDays(-41).ToString("yyyy-MM-dd"), end.AddDays(-14).ToString("yyyy-MM-dd"));
    }
}
