using System.Text.RegularExpressions;
using Tailor.Customers;

namespace Tailor.Tests.Customers;

public class RfmScorerTests
{
    private static readonly RfmOptions _rf10 = new() { Rules = RfmPresets.Rf10 };

    [Fact]
    public void Ten_distinct_values_give_two_customers_per_quintile()
    {
        // Customer i: i days since the last purchase, i purchases, 10 i spent.
        var observations = Enumerable.Range(1, 10).Select(i => new RfmObservation($"c{i:D2}", i, i, 10 * i)).ToList();
        var scores = RfmScorer.Score(observations, new RfmOptions());
        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], scores.Select(s => s.R));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Select(s => s.F));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Select(s => s.M));
        Assert.Equal("511", scores[0].Cell);
        Assert.Equal("New Customers", scores[0].Segment);
    }

    [Fact]
    public void Ties_share_the_score_of_the_first_of_them_whatever_the_order()
    {
        // Six one-time buyers: none is strictly worse than another, so all score 1. F = 2 has six
        // worse of ten: 1 + floor(5 * 6 / 10) = 4; F = 3: 1 + floor(3.5) = 4; F = 4 and 5: 5.
        double[] purchases = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
        var observations = purchases.Select((f, i) => new RfmObservation($"c{i}", 10, f, 50)).ToList();
        var scores = RfmScorer.Score(observations, new RfmOptions());
        Assert.Equal([1, 1, 1, 1, 1, 1, 4, 4, 5, 5], scores.Select(s => s.F));

        // Everyone equal on R and M: everyone scores 1 there.
        Assert.All(scores, s => Assert.Equal(1, s.R));
        Assert.All(scores, s => Assert.Equal(1, s.M));

        var reversed = observations.AsEnumerable().Reverse().ToList();
        var again = RfmScorer.Score(reversed, new RfmOptions()).ToDictionary(s => s.CustomerId);
        Assert.All(scores, s => Assert.Equal(s, again[s.CustomerId]));
    }

    [Fact]
    public void Summaries_score_time_since_last_purchase_purchase_days_and_total_spend()
    {
        CustomerSummary[] customers =
        [
            new("recent-big", 4, 90, 92, 50, 260, TimeUnit.Day),
            new("old-small", 0, 0, 200, 0, 20, TimeUnit.Day),
            new("mid", 1, 30, 100, 40, 80, TimeUnit.Day),
        ];
        var scores = RfmScorer.ScoreSummaries(customers);
        Assert.Equal(new RfmObservation("recent-big", 2, 5, 260), RfmObservation.FromSummary(customers[0]));
        Assert.Equal((4, 4, 4), (scores[0].R, scores[0].F, scores[0].M));
        Assert.Equal((1, 1, 1), (scores[1].R, scores[1].F, scores[1].M));
        Assert.Equal((2, 2, 2), (scores[2].R, scores[2].F, scores[2].M));
        Assert.Equal("Champions", scores[0].Segment);
        Assert.Equal("Lost", scores[1].Segment);
        Assert.Equal("Need Attention", scores[2].Segment);
    }

    [Theory]
    [InlineData(5, 5, 5, "Champions")]
    [InlineData(4, 4, 4, "Champions")]
    [InlineData(1, 5, 4, "Can't Lose Them")]
    [InlineData(1, 1, 1, "Lost")]
    [InlineData(5, 1, 1, "New Customers")]
    [InlineData(4, 1, 1, "New Customers")]
    [InlineData(3, 1, 1, "Promising")]
    [InlineData(3, 3, 3, "Loyal Customers")]
    [InlineData(5, 5, 3, "Loyal Customers")]
    [InlineData(2, 2, 2, "Need Attention")]
    [InlineData(3, 2, 3, "Need Attention")]
    [InlineData(1, 2, 2, "At Risk")]
    [InlineData(2, 4, 2, "At Risk")]
    [InlineData(2, 5, 5, "Loyal Customers")]
    [InlineData(5, 2, 2, "Potential Loyalist")]
    [InlineData(4, 3, 1, "Potential Loyalist")]
    [InlineData(2, 1, 1, "About To Sleep")]
    [InlineData(3, 2, 1, "Potential Loyalist")]
    [InlineData(2, 1, 2, "About To Sleep")]
    [InlineData(1, 1, 2, "Hibernating")]
    [InlineData(1, 2, 1, "Hibernating")]
    [InlineData(5, 1, 5, "Others")]
    [InlineData(2, 4, 1, "Others")]
    public void Eleven_segment_preset_names_hand_checked_cells(int r, int f, int m, string segment)
    {
        Assert.Equal(segment, RfmScorer.SegmentOf(r, f, m, new RfmOptions()));
    }

    [Fact]
    public void Every_one_of_the_eleven_segments_is_reachable()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                for (var m = 1; m <= 5; m++)
                {
                    seen.Add(RfmScorer.SegmentOf(r, f, m, new RfmOptions()));
                }
            }
        }

        Assert.Equal(12, RfmPresets.Rfm11.Count + 1);
        Assert.All(RfmPresets.Rfm11, rule => Assert.Contains(rule.Name, seen));
        Assert.Contains("Others", seen);
    }

    [Theory]
    [InlineData(1, 1, "hibernating")]
    [InlineData(2, 2, "hibernating")]
    [InlineData(1, 3, "at risk")]
    [InlineData(2, 4, "at risk")]
    [InlineData(1, 5, "can't lose")]
    [InlineData(3, 2, "about to sleep")]
    [InlineData(3, 3, "need attention")]
    [InlineData(3, 5, "loyal customers")]
    [InlineData(4, 4, "loyal customers")]
    [InlineData(4, 1, "promising")]
    [InlineData(5, 1, "new customers")]
    [InlineData(4, 2, "potential loyalists")]
    [InlineData(5, 3, "potential loyalists")]
    [InlineData(5, 4, "champions")]
    [InlineData(5, 5, "champions")]
    public void Ten_segment_preset_names_hand_checked_cells_whatever_the_monetary_score(int r, int f, string segment)
    {
        for (var m = 1; m <= 5; m++)
        {
            Assert.Equal(segment, RfmScorer.SegmentOf(r, f, m, _rf10));
        }
    }

    [Fact]
    public void Ten_segment_preset_is_the_regular_expression_map_on_all_25_cells()
    {
        // The segment map of the Python RFM tutorials, applied to the string "RF".
        (string Pattern, string Name)[] map =
        [
            ("[1-2][1-2]", "hibernating"), ("[1-2][3-4]", "at risk"), ("[1-2]5", "can't lose"),
            ("3[1-2]", "about to sleep"), ("33", "need attention"), ("[3-4][4-5]", "loyal customers"),
            ("41", "promising"), ("51", "new customers"), ("[4-5][2-3]", "potential loyalists"), ("5[4-5]", "champions"),
        ];
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                var cell = $"{r}{f}";
                var expected = Assert.Single(map, e => Regex.IsMatch(cell, $"^{e.Pattern}$")).Name;
                Assert.Equal(expected, RfmScorer.SegmentOf(r, f, 3, _rf10));
            }
        }
    }

    [Fact]
    public void Fixed_thresholds_replace_quantiles()
    {
        var options = new RfmOptions
        {
            RecencyThresholds = [30, 90, 180, 365],
            FrequencyThresholds = [2, 3, 5, 10],
            MonetaryThresholds = [50, 100, 250, 1000],
        };
        var scores = RfmScorer.Score(
            [new("a", 10, 12, 1500), new("b", 30, 1, 49.99), new("c", 31, 3, 100), new("d", 400, 5, 999)],
            options);
        Assert.Equal(["555", "511", "433", "144"], scores.Select(s => s.Cell));
        Assert.Equal(["Champions", "New Customers", "Loyal Customers", "Can't Lose Them"], scores.Select(s => s.Segment));
    }

    [Fact]
    public void Custom_bins_and_rules_are_honoured()
    {
        var options = new RfmOptions
        {
            Bins = 3,
            Rules = [new RfmSegmentRule("best", 3, 3, 3, 3, 1, 3)],
            FallbackSegment = "rest",
        };
        var scores = RfmScorer.Score([new("a", 1, 9, 1), new("b", 5, 5, 1), new("c", 9, 1, 1)], options);
        Assert.Equal(["331", "221", "111"], scores.Select(s => s.Cell));
        Assert.Equal(["best", "rest", "rest"], scores.Select(s => s.Segment));
    }

    [Fact]
    public void Rejects_empty_and_bad_input()
    {
        Assert.Contains("no customers", Assert.Throws<ArgumentException>(() => RfmScorer.Score(Array.Empty<RfmObservation>(), new RfmOptions())).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RfmScorer.Score([new("a", 1, 1, 1), new("a", 2, 2, 2)], new RfmOptions()));
        Assert.Throws<ArgumentException>(() => RfmScorer.Score([new("a", 1, 1, -5)], new RfmOptions()));
        Assert.Throws<ArgumentException>(() => RfmScorer.Score([new("a", double.NaN, 1, 5)], new RfmOptions()));
        Assert.Throws<ArgumentException>(() => RfmScorer.Score([new("a", 1, 1, 1)], new RfmOptions { Bins = 1 }));
        Assert.Throws<ArgumentException>(() => RfmScorer.Score([new("a", 1, 1, 1)], new RfmOptions { RecencyThresholds = [1, 2] }));
        Assert.Throws<ArgumentException>(() => RfmScorer.Score([new("a", 1, 1, 1)], new RfmOptions { FrequencyThresholds = [4, 3, 2, 1] }));
        Assert.Throws<ArgumentException>(() => RfmScorer.Score([new("a", 1, 1, 1)], new RfmOptions { Bins = 3, Rules = RfmPresets.Rfm11 }));
    }
}
