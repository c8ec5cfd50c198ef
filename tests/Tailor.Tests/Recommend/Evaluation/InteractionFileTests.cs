using System.IO.Compression;
using System.Text;
using Tailor.Recommend;
using Tailor.Recommend.Evaluation;

namespace Tailor.Tests.Recommend.Evaluation;

public sealed class InteractionFileTests
{
    private static IReadOnlyList<Interaction> Read(string text) => InteractionFile.Read(new StringReader(text));

    private static InteractionFileException Bad(string text) =>
        Assert.Throws<InteractionFileException>(() => Read(text));

    [Fact]
    public void Comma_file_with_a_header_and_every_column()
    {
        var rows = Read("user_id,item_id,rating,timestamp\nu1,i1,4.5,978300760\nu2,i2,-1,2011-12-09T12:50:00+01:00\n");

        Assert.Equal(
            [
                new Interaction("u1", "i1", 4.5f, DateTimeOffset.FromUnixTimeSeconds(978300760)),
                new Interaction("u2", "i2", -1f, new DateTimeOffset(2011, 12, 9, 11, 50, 0, TimeSpan.Zero)),
            ],
            rows);
    }

    [Fact]
    public void Tab_file_without_a_header_and_only_two_columns()
    {
        var rows = Read("u1\ti1\nu1\ti2\r\n\nu2\ti1\n");

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(1f, r.Weight));
        Assert.All(rows, r => Assert.Equal(DateTimeOffset.UnixEpoch, r.Timestamp));
        Assert.Equal(["i1", "i2", "i1"], rows.Select(r => r.Item));
    }

    [Theory]
    [InlineData("user,item\n", 1)]
    [InlineData("UserId\tItemId\tWeight\n", 1)]
    [InlineData("visitor,product,strength\n", 1)]   // header because "strength" is not a number
    [InlineData("u0,i0,2\n", 2)]                    // numbers: data
    [InlineData("u0,i0\n", 2)]
    public void A_header_is_recognised_by_its_names_or_a_weight_that_is_not_a_number(string firstLine, int expectedRows)
    {
        var delimiter = firstLine.Contains('\t', StringComparison.Ordinal) ? "\t" : ",";
        var rows = Read(firstLine + "u1" + delimiter + "i1\n");

        Assert.Equal(expectedRows, rows.Count);
        Assert.Equal("u1", rows[^1].User);
    }

    [Fact]
    public void Optional_columns_may_be_empty_or_missing_line_by_line()
    {
        var rows = Read("u1,i1\nu1,i2,3\nu1,i3,,1300000000\nu1,i4,2,2011-01-02 03:04:05\nu1,i5,2,2011-01-02\n");

        Assert.Equal([1f, 3f, 1f, 2f, 2f], rows.Select(r => r.Weight));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_300_000_000), rows[2].Timestamp);
        Assert.Equal(new DateTimeOffset(2011, 1, 2, 3, 4, 5, TimeSpan.Zero), rows[3].Timestamp); // no offset: UTC
        Assert.Equal(new DateTimeOffset(2011, 1, 2, 0, 0, 0, TimeSpan.Zero), rows[4].Timestamp);
    }

    [Fact]
    public void Quoted_fields_may_hold_the_delimiter_and_quotes()
    {
        var rows = Read("\"Smith, J\",\"mug \"\"large\"\"\",2\n");

        Assert.Equal(new Interaction("Smith, J", "mug \"large\"", 2f, DateTimeOffset.UnixEpoch), rows.Single());
    }

    [Fact]
    public void A_bad_weight_names_its_line_and_value()
    {
        var error = Bad("user,item,weight\nu1,i1,1\n\nu2,i2,x\n");

        Assert.Equal("line 4: weight 'x' is not a number.", error.Message);
        Assert.Equal(4, error.LineNumber);
    }

    [Theory]
    [InlineData("u1,i1\nu2\n", "line 2: expected user,item[,weight[,timestamp]] separated by commas, found 1 field.")]
    [InlineData("u1\ti1\nu2\ti2\t1\t5\textra\n", "line 2: expected user,item[,weight[,timestamp]] separated by tabs, found 5 fields.")]
    [InlineData("u1,i1,1,yesterday\n", "line 1: timestamp 'yesterday' is neither Unix seconds nor an ISO 8601 date-time.")]
    [InlineData("u1,i1\n,i2\n", "line 2: the user is empty.")]
    [InlineData("u1,i1\nu1, \n", "line 2: the item is empty.")]
    [InlineData("u1,i1\nu1,\"i2\n", "line 2: a quoted field is not closed.")]
    [InlineData("u1,i1\nu1,i2,NaN\n", "line 2: weight 'NaN' is not a number.")]
    public void Bad_lines_give_clear_errors(string text, string message) => Assert.Equal(message, Bad(text).Message);

    [Fact]
    public void Files_are_read_by_path_plain_or_gzipped_and_errors_name_the_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tailor-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var plain = Path.Combine(folder, "train.csv");
            File.WriteAllText(plain, "user,item,weight\nu1,i1,2\nu2,i1,1\n");
            var zipped = Path.Combine(folder, "test.tsv.gz");
            using (var gzip = new GZipStream(File.Create(zipped), CompressionLevel.Fastest))
            {
                gzip.Write(Encoding.UTF8.GetBytes("u1\ti2\nu2\ti3\n"));
            }

            var bad = Path.Combine(folder, "bad.csv");
            File.WriteAllText(bad, "u1,i1,1\nu1,i2,abc\n");

            Assert.Equal(2, InteractionFile.Read(plain).Count);
            Assert.Equal(["i2", "i3"], InteractionFile.Read(zipped).Select(r => r.Item));
            var error = Assert.Throws<InteractionFileException>(() => InteractionFile.Read(bad));
            Assert.Equal($"{bad}: line 2: weight 'abc' is not a number.", error.Message);
            Assert.Throws<InteractionFileException>(() => InteractionFile.Read(Path.Combine(folder, "missing.csv")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void External_train_and_test_files_evaluate_end_to_end()
    {
        var train = Read("user,item\nu1,A\nu2,B\nu2,C\nu3,A\nu3,D\n");
        var test = TestSet.FromInteractions(Read("u1,C\nu1,Z\nu2,F\nu3,B\nu3,E\nu3,C\n"));
        var matrix = InteractionMatrix.Build(train, new InteractionOptions { HalfLifeDays = null }, DateTimeOffset.UnixEpoch, ["A", "B", "C", "D", "E", "F"]);
        var model = new FixedScoreRecommender([0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f]);

        var result = RecommenderEvaluator.Evaluate(model, matrix, test, new EvaluationOptions { Cutoffs = [2] });

        // The three-user case of the evaluator tests, read from text.
        Assert.Equal(0.4622843, result["ndcg@2"], 1e-7);
        Assert.Equal(3, result.Users);
    }
}
