using System.Text.Json;
using Tailor.Experiments;

namespace Tailor.Cli.Tests;

public sealed class ExperimentVerbTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Create_assign_outcome_and_report_speak_the_contracted_json()
    {
        var (created, experiment) = _cli.RunJson("experiment", "create", "--key", "subject-line", "--variants", "A:50,B:50", "--metric", "conversion");
        var (_, plain, _) = _cli.Run("experiment", "assign", "--key", "subject-line", "--customer", "C1");
        var (assigned, assignment) = _cli.RunJson("experiment", "assign", "--key", "subject-line", "--customer", "C1");
        for (var i = 2; i <= 120; i++)
        {
            var variant = _cli.Run("experiment", "assign", "--key", "subject-line", "--customer", $"C{i}").Out.Trim();
            if (i % (variant == "B" ? 3 : 6) == 0)
            {
                Assert.Equal(ExitCodes.Ok, _cli.Run("experiment", "outcome", "--key", "subject-line", "--customer", $"C{i}").Exit);
            }
        }

        var (recorded, outcome) = _cli.RunJson("experiment", "outcome", "--key", "subject-line", "--customer", "C1", "--value", "1",
            "--idempotency-key", "c1-open");
        var (_, repeat) = _cli.RunJson("experiment", "outcome", "--key", "subject-line", "--customer", "C1", "--idempotency-key", "c1-open");
        var (reported, report) = _cli.RunJson("experiment", "report", "--key", "subject-line");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok), (created, assigned, recorded, reported));
        Assert.Equal("subject-line", experiment.GetProperty("key").GetString());
        Assert.Equal(0.5, experiment.GetProperty("weights")[1].GetDouble());
        var expected = ExperimentHash.Assign("subject-line", "C1", [0.5, 0.5]) == 0 ? "A" : "B";
        Assert.Equal(expected, plain.Trim());
        Assert.Equal(expected, assignment.GetProperty("variant").GetString());
        Assert.False(assignment.GetProperty("firstExposure").GetBoolean());
        Assert.True(outcome.GetProperty("recorded").GetBoolean());
        Assert.False(repeat.GetProperty("recorded").GetBoolean());

        Assert.Equal(120, report.GetProperty("exposures").GetInt64());
        var variants = report.GetProperty("variants");
        Assert.Equal(120, variants.EnumerateArray().Sum(v => v.GetProperty("exposures").GetInt64()));
        foreach (var v in variants.EnumerateArray())
        {
            Assert.InRange(v.GetProperty("rate").GetDouble(), 0, 1);
            Assert.InRange(v.GetProperty("probabilityBest").GetDouble(), 0, 1);
            Assert.True(v.GetProperty("expectedLoss").GetDouble() >= 0);
        }

        Assert.Equal(JsonValueKind.Null, variants[0].GetProperty("versusControl").ValueKind);
        var b = variants[1].GetProperty("versusControl");
        foreach (var name in new[] { "lift", "liftLower", "liftUpper", "pValue", "pValueAdjusted", "sequentialPValue", "sequentialLower", "sequentialUpper" })
        {
            Assert.True(double.IsFinite(b.GetProperty(name).GetDouble()), name);
        }

        Assert.True(b.GetProperty("liftLower").GetDouble() < b.GetProperty("lift").GetDouble());
        Assert.False(report.GetProperty("srm").GetProperty("mismatch").GetBoolean());
        Assert.Contains("sequential p", report.GetProperty("verdict").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_report_shows_the_tables_and_the_verdict()
    {
        _cli.Run("experiment", "create", "--key", "k", "--variants", "control:1,new:1", "--metric", "revenue");
        for (var i = 0; i < 30; i++)
        {
            _cli.Run("experiment", "assign", "--key", "k", "--customer", $"c{i}");
            _cli.Run("experiment", "outcome", "--key", "k", "--customer", $"c{i}", "--value", (10 + (i % 7)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var (exit, output, _) = _cli.Run("experiment", "report", "--key", "k");
        var list = _cli.RunJson("experiment", "list").Json;

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("k: revenue, 30 exposures", output, StringComparison.Ordinal);
        Assert.Contains("Welch t", output, StringComparison.Ordinal);
        Assert.Contains("SRM: ok", output, StringComparison.Ordinal);
        Assert.Contains("P(best):", output, StringComparison.Ordinal);
        Assert.Equal("revenue", list.GetProperty("experiments")[0].GetProperty("metric").GetString());
    }

    [Fact]
    public void An_imported_email_ab_campaign_becomes_an_experiment_on_opens()
    {
        // 400 sends split A/B by row; A opens 1 in 5 (40 of 200), B 1 in 4 (50 of 200): the report counts them exactly.
        var csv = new System.Text.StringBuilder("campaign_id,channel,customer_id,sent_at,variant,opened\n");
        for (var i = 0; i < 400; i++)
        {
            var variant = i % 2 == 0 ? "A" : "B";
            var opened = variant == "A" ? i % 10 == 0 : i % 8 == 1;
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"CMP9,email,C{i},2025-06-01T09:00:00Z,{variant},{(opened ? "true" : "false")}\n");
        }

        Assert.Equal(ExitCodes.Ok, _cli.Run("import", "campaigns", _cli.File("sends.csv", csv.ToString())).Exit);
        var (exit, report) = _cli.RunJson("experiment", "from-campaign", "--campaign", "CMP9", "--outcome", "opened");
        var noVariants = _cli.Run("experiment", "from-campaign", "--campaign", "CMP404");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("email-CMP9-opened", report.GetProperty("key").GetString());
        var variants = report.GetProperty("variants");
        Assert.Equal((200L, 40L), (variants[0].GetProperty("exposures").GetInt64(), variants[0].GetProperty("conversions").GetInt64()));
        Assert.Equal((200L, 50L), (variants[1].GetProperty("exposures").GetInt64(), variants[1].GetProperty("conversions").GetInt64()));
        Assert.Equal(0.25, variants[1].GetProperty("versusControl").GetProperty("lift").GetDouble(), 1e-12);
        Assert.Equal(ExitCodes.BadInput, noVariants.Exit);
        Assert.Contains("no sends with a variant", noVariants.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Mistakes_are_reported_with_their_reason_and_exit_code()
    {
        _cli.Run("experiment", "create", "--key", "k", "--variants", "A,B");

        var unknown = _cli.Run("experiment", "assign", "--key", "nope", "--customer", "C1");
        var unexposed = _cli.Run("experiment", "outcome", "--key", "k", "--customer", "C1");
        var oneVariant = _cli.Run("experiment", "create", "--key", "k2", "--variants", "A:100");
        var taken = _cli.Run("experiment", "create", "--key", "k", "--variants", "A,B");
        var noKey = _cli.Run("experiment", "report");
        var badMetric = _cli.Run("experiment", "create", "--key", "k3", "--variants", "A,B", "--metric", "clicks");

        Assert.Equal(ExitCodes.BadInput, unknown.Exit);
        Assert.Contains("no experiment 'nope'", unknown.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, unexposed.Exit);
        Assert.Contains("never exposed", unexposed.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, oneVariant.Exit);
        Assert.Contains("two or more variants", oneVariant.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", oneVariant.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, taken.Exit);
        Assert.Equal(ExitCodes.Usage, noKey.Exit);
        Assert.Equal(ExitCodes.Usage, badMetric.Exit);
    }

    [Fact]
    public void A_holdout_experiment_becomes_a_lift_test_appended_to_a_file()
    {
        _cli.Run("experiment", "create", "--key", "email-holdout", "--variants", "holdout:1,emailed:1", "--metric", "revenue");
        for (var i = 0; i < 40; i++)
        {
            var variant = _cli.Run("experiment", "assign", "--key", "email-holdout", "--customer", $"c{i}").Out.Trim();
            var value = (variant == "emailed" ? 30 : 20) + (i % 5);
            _cli.Run("experiment", "outcome", "--key", "email-holdout", "--customer", $"c{i}", "--value", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var file = Path.Combine(Path.GetTempPath(), $"lift-{Guid.NewGuid():N}.csv");
        try
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var end = today.AddDays(9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var (exit, json) = _cli.RunJson("experiment", "lift-test", "--key", "email-holdout", "--channel", "email", "--end", end, "--export", file);
            var (again, text, _) = _cli.Run("experiment", "lift-test", "--key", "email-holdout", "--channel", "email", "--end", end, "--export", file);
            var report = _cli.RunJson("experiment", "report", "--key", "email-holdout").Json;
            var three = _cli.Run("experiment", "create", "--key", "abc", "--variants", "A,B,C");
            var notHoldout = _cli.Run("experiment", "lift-test", "--key", "abc", "--channel", "email");

            Assert.Equal(ExitCodes.Ok, exit);
            Assert.Equal(ExitCodes.Ok, again);
            Assert.Equal("revenue", json.GetProperty("outcome").GetString());
            Assert.Equal(40, json.GetProperty("exposures").GetInt32());
            var difference = report.GetProperty("variants")[1].GetProperty("versusControl").GetProperty("difference").GetDouble();
            Assert.Equal(difference * 40 / 10, json.GetProperty("incremental").GetDouble(), 6);
            Assert.Contains("a day over 40 customers", text, StringComparison.Ordinal);
            var lines = File.ReadAllLines(file);
            Assert.Equal(3, lines.Length);
            Assert.Equal("channel,start,end,incremental,standard_error,outcome", lines[0]);
            Assert.Equal(lines[1], lines[2]);
            Assert.StartsWith($"email,{today:yyyy-MM-dd},{end},", lines[1], StringComparison.Ordinal);
            Assert.EndsWith(",revenue", lines[1], StringComparison.Ordinal);
            Assert.Equal(ExitCodes.BadInput, notHoldout.Exit);
            Assert.Contains("3 variants", notHoldout.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
