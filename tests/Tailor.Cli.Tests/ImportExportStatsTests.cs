namespace Tailor.Cli.Tests;

public sealed class ImportExportStatsTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Import_json_reports_counts_and_each_rejected_row()
    {
        var file = _cli.File("items.csv", "item_id,title,price\nA1,Mug,2.5\nA2,Cup,cheap\nA3,,1\n");

        var (exit, json) = _cli.RunJson("import", "items", file);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(3, json.GetProperty("read").GetInt64());
        Assert.Equal(1, json.GetProperty("accepted").GetInt64());
        Assert.Equal(2, json.GetProperty("rejected").GetInt64());
        var errors = json.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(3, errors[0].GetProperty("line").GetInt64());
        Assert.Equal("price", errors[0].GetProperty("column").GetString());
        Assert.Equal("'cheap' is not a number", errors[0].GetProperty("reason").GetString());
        Assert.Equal("title", errors[1].GetProperty("column").GetString());
    }

    [Fact]
    public void Stats_json_shows_what_was_imported()
    {
        _cli.Run("import", "orders", _cli.File("o.csv",
            "order_id,timestamp,item_id,quantity,unit_price,customer_id\nO1,2024-01-01,A1,2,2.5,c1\nO2,2024-01-02,A2,1,3,c2\n"));

        var (exit, json) = _cli.RunJson("stats");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(2, json.GetProperty("customers").GetInt64());
        Assert.Equal(2, json.GetProperty("orders").GetInt64());
        Assert.Equal(8.0m, json.GetProperty("revenue").GetDecimal());
    }

    [Fact]
    public void Export_writes_what_import_reads()
    {
        _cli.Run("import", "spend", _cli.File("s.csv", "channel,date,amount\nsearch,2024-01-01,10\nsocial,2024-01-01,5\n"));
        var exported = Path.Combine(_cli.Directory, "spend-out.csv");

        var (exit, json) = _cli.RunJson("export", "spend", exported);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(2, json.GetProperty("rows").GetInt64());
        Assert.Equal(0, _cli.RunJson("import", "spend", exported).Json.GetProperty("changes").GetInt64());
    }

    [Fact]
    public void A_file_that_cannot_be_imported_exits_1_with_one_clear_message()
    {
        var file = _cli.File("notes.csv", "hello;world\n1;2\n");

        var (exit, output, error) = _cli.Run("import", "customers", file, "--json");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("separates columns with ';'", error, StringComparison.Ordinal);
        Assert.Contains("\"error\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_of_a_missing_shop_exits_1()
    {
        var (exit, _, error) = _cli.Run("stats", "--shop", "nope");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("Shop 'nope' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_without_serving_fills_every_kind_of_data()
    {
        var (exit, _) = _cli.RunJson("demo", "--no-serve", "--customers", "200");
        var (_, stats) = _cli.RunJson("stats");

        Assert.Equal(ExitCodes.Ok, exit);
        foreach (var kind in new[] { "customers", "items", "orders", "orderLines", "events", "spendRows", "campaigns", "campaignSends" })
        {
            Assert.True(stats.GetProperty(kind).GetInt64() > 0, $"{kind} is empty after the demo");
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("import", "pets", "x.csv")]
    [InlineData("import", "items")]
    [InlineData("import", "orders", "x.csv", "--format", "excel")]
    [InlineData("stats", "--no-such-option")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, error) = _cli.Run(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
