using System.Text.Json;

namespace Tailor.Cli.Tests;

public sealed class RecommendationVerbTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Train_then_recommend_and_similar_answer_with_reasons()
    {
        _cli.Run("demo", "--no-serve", "--customers", "150");

        var (trained, train) = _cli.RunJson("train");
        var (recommended, recommend) = _cli.RunJson("recommend", "--customer", "C00005", "--n", "5");
        var (similarExit, similar) = _cli.RunJson("similar", "--item", "I0001", "--n", "3");

        Assert.Equal(ExitCodes.Ok, trained);
        Assert.Equal(2, train.GetProperty("recommender").GetProperty("version").GetInt32()); // the demo trained version 1
        Assert.Equal(ExitCodes.Ok, recommended);
        var items = recommend.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("reason").GetString())));
        Assert.Equal(ExitCodes.Ok, similarExit);
        Assert.StartsWith("Similar to", similar.GetProperty("items")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_before_training_or_for_an_unknown_customer_exits_1_with_a_clear_message()
    {
        _cli.Run("import", "orders", _cli.File("o.csv", "order_id,timestamp,item_id,quantity,unit_price,customer_id\nO1,2024-01-01,A1,1,2,c1\n"));

        var (untrained, _, noModel) = _cli.Run("recommend", "--customer", "c1");
        _cli.Run("train");
        var (unknown, _, noCustomer) = _cli.Run("recommend", "--customer", "nobody");

        Assert.Equal(ExitCodes.BadInput, untrained);
        Assert.Contains("run 'tailor train'", noModel, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, unknown);
        Assert.Contains("Customer 'nobody' is not known", noCustomer, StringComparison.Ordinal);
    }

    private (string Train, string Test) Files()
    {
        // Two taste groups; each test user should get the other item of their group.
        var train = "user\titem\n" + string.Join("\n",
            Enumerable.Range(0, 30).SelectMany(u => u % 2 == 0
                ? new[] { $"u{u}\ta", $"u{u}\tb", u % 4 == 0 ? $"u{u}\tc" : $"u{u}\td" }
                : new[] { $"u{u}\tx", $"u{u}\ty", u % 4 == 1 ? $"u{u}\tz" : $"u{u}\tw" })) + "\n";
        var test = "u2\tc\nu3\tz\nu6\tc\nu7\tz\n";
        return (_cli.File("train.tsv", train), _cli.File("test.tsv", test));
    }

    [Fact]
    public void Evaluate_on_files_prints_the_contracted_json()
    {
        var (train, test) = Files();

        var (exit, json) = _cli.RunJson("evaluate", "--train", train, "--test", test, "--algorithms", "popularity,item-knn,ease");

        Assert.Equal(ExitCodes.Ok, exit);
        var algorithms = json.GetProperty("algorithms").EnumerateArray().ToList();
        Assert.Equal(["popularity", "item-knn", "ease"], algorithms.Select(a => a.GetProperty("name").GetString()));
        foreach (var algorithm in algorithms)
        {
            Assert.True(algorithm.GetProperty("fitSeconds").GetDouble() >= 0);
            Assert.Equal(JsonValueKind.Object, algorithm.GetProperty("params").ValueKind);
            foreach (var key in new[] { "precision@10", "recall@10", "ndcg@10", "map@10", "precision@20", "recall@20", "ndcg@20", "coverage@10" })
            {
                Assert.InRange(algorithm.GetProperty("metrics").GetProperty(key).GetDouble(), 0, 1);
            }
        }

        // Each test user's missing group item is the only candidate their group co-bought: kNN finds all four.
        Assert.Equal(1.0, algorithms[1].GetProperty("metrics").GetProperty("hitrate@10").GetDouble());
    }

    [Fact]
    public void Recommend_on_files_writes_ranked_lines_without_training_items()
    {
        var (train, _) = Files();
        var output = Path.Combine(_cli.Directory, "recs.tsv");

        var (exit, json) = _cli.RunJson("recommend", "--train", train, "--users", "all", "--n", "2", "--algorithm", "item-knn", "--output", output);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(30, json.GetProperty("users").GetInt32());
        var lines = File.ReadAllLines(output).Select(l => l.Split('\t')).ToList();
        Assert.Equal(60, lines.Count);
        Assert.All(lines, l => Assert.Equal(3, l.Length));
        Assert.Equal(["u2", "c", "1"], lines.First(l => l[0] == "u2"));
        Assert.DoesNotContain(lines, l => l[0] == "u0" && l[1] is "a" or "b" or "c");
    }

    [Fact]
    public void Unknown_algorithms_and_half_given_files_are_bad_input()
    {
        var (train, test) = Files();

        Assert.Equal(ExitCodes.BadInput, _cli.Run("evaluate", "--train", train, "--test", test, "--algorithms", "magic").Exit);
        Assert.Equal(ExitCodes.BadInput, _cli.Run("evaluate", "--train", train).Exit);
    }
}
