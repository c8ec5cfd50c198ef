using Tailor.Recommend;
using Tailor.Recommend.Evaluation;

namespace Tailor.Tests.Recommend.Evaluation;

public sealed class SplitsTests
{
    private static readonly DateTimeOffset _start = new(2011, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Interaction At(string user, string item, int day, float weight = 1f) => new(user, item, weight, _start.AddDays(day));

    private static string[] Items(TestSet test, string user) => [.. test.ItemsOf(user)];

    [Fact]
    public void Temporal_split_keeps_new_pairs_of_users_with_history()
    {
        List<Interaction> data =
        [
            At("u1", "A", 1),
            At("u1", "B", 2),
            At("u1", "A", 11),        // already in train: not a test item
            At("u1", "C", 12),
            At("u1", "C", 13),        // the same pair twice: once
            At("u1", "D", 14, -1f),   // a cancellation is no evidence of interest
            At("u2", "A", 12),        // no history before the cut-off: not tested
            At("u3", "X", 3, -1f),    // only a cancellation before: no history either
            At("u3", "E", 15),
            At("u4", "B", 4),
            At("u4", "E", 10),        // exactly at the cut-off: test
            At("u4", "F", 9),
        ];

        var split = Splits.Temporal(data, _start.AddDays(10));

        Assert.Equal([data[0], data[1], data[7], data[9], data[11]], split.Train);
        Assert.Equal(["u4", "u1"], split.Test.Users.Select(u => u.User)); // in time order
        Assert.Equal(["C"], Items(split.Test, "u1"));
        Assert.Equal(["E"], Items(split.Test, "u4"));
        Assert.False(split.Test.Contains("u2"));
        Assert.False(split.Test.Contains("u3"));
        Assert.Equal(2, split.Test.PairCount);
    }

    [Fact]
    public void Cutoff_at_fraction_holds_out_the_newest_share()
    {
        var data = Enumerable.Range(0, 10).Select(d => At("u" + (d % 3), "i" + d, 9 - d)).ToList();

        var cutoff = Splits.CutoffAtFraction(data, 0.2);

        Assert.Equal(_start.AddDays(8), cutoff);
        Assert.Equal(8, Splits.TemporalFraction(data, 0.2).Train.Count);
    }

    [Fact]
    public void Leave_last_fraction_holds_out_each_users_latest_items()
    {
        // u1: ten distinct items given out of time order; the latest two by time (I8, I9) are test.
        var u1 = Enumerable.Range(0, 10).Select(d => At("u1", "I" + d, d)).Reverse().ToList();
        List<Interaction> data =
        [
            .. u1,
            At("u2", "A", 1), At("u2", "A", 2), At("u2", "A", 3),   // one distinct item: train only
            At("u3", "A", 1), At("u3", "B", 2), At("u3", "C", 3),   // floor(0.6) = 0, at least 1: C
            At("u4", "A", 1), At("u4", "B", 2), At("u4", "A", 3),   // last is a repeat: held out, no test item
        ];

        var split = Splits.LeaveLastFraction(data);

        Assert.Equal(["I8", "I9"], Items(split.Test, "u1"));
        Assert.Equal(["C"], Items(split.Test, "u3"));
        Assert.False(split.Test.Contains("u2"));
        Assert.False(split.Test.Contains("u4"));
        Assert.Equal(Enumerable.Range(0, 8).Select(d => "I" + d).Order(StringComparer.Ordinal),
            split.Train.Where(i => i.User == "u1").Select(i => i.Item).Order(StringComparer.Ordinal));
        Assert.Equal(3, split.Train.Count(i => i.User == "u2"));
        Assert.Equal(["A", "B"], split.Train.Where(i => i.User == "u4").Select(i => i.Item));
        Assert.Equal(data.Count - 2 - 1 - 1, split.Train.Count);
    }

    [Fact]
    public void Leave_last_n_keeps_input_order_among_equal_times()
    {
        List<Interaction> data = [At("u1", "A", 1), At("u1", "B", 5), At("u1", "C", 5), At("u1", "D", 5)];

        var split = Splits.LeaveLastN(data, 2);

        Assert.Equal(["C", "D"], Items(split.Test, "u1"));
        Assert.Equal([data[0], data[1]], split.Train);
    }

    [Fact]
    public void Leave_last_n_always_leaves_one_interaction_in_train()
    {
        List<Interaction> data = [At("u1", "A", 1), At("u1", "B", 2)];

        var split = Splits.LeaveLastN(data, 5);

        Assert.Equal([data[0]], split.Train);
        Assert.Equal(["B"], Items(split.Test, "u1"));
    }

    [Fact]
    public void Temporal_validation_split_never_sees_test_data()
    {
        var random = new Random(3);
        var data = Enumerable.Range(0, 400)
            .Select(_ => At("u" + random.Next(30), "i" + random.Next(40), random.Next(100)))
            .ToList();

        var outer = Splits.TemporalFraction(data);
        var cutoff = Splits.CutoffAtFraction(data);
        var inner = Splits.Validation(outer, i => Splits.TemporalFraction(i));

        var outerTrain = outer.Train.ToHashSet();
        Assert.All(inner.Train, i => Assert.True(i.Timestamp < cutoff));
        Assert.All(inner.Train, i => Assert.Contains(i, outerTrain));
        var outerTrainPairs = outer.Train.Select(i => (i.User, i.Item)).ToHashSet();
        Assert.All(inner.Test.Users, u => Assert.All(u.Items, item => Assert.Contains((u.User, item), outerTrainPairs)));
        Assert.True(inner.Test.PairCount > 0);
        Assert.True(inner.Train.Count < outer.Train.Count);
    }

    [Fact]
    public void Leave_last_validation_split_is_carved_from_train_only()
    {
        var random = new Random(5);
        var data = Enumerable.Range(0, 400)
            .Select(_ => At("u" + random.Next(20), "i" + random.Next(60), random.Next(100)))
            .ToList();

        var outer = Splits.LeaveLastFraction(data);
        var inner = Splits.Validation(outer, i => Splits.LeaveLastFraction(i));

        var outerTrain = outer.Train.ToHashSet();
        Assert.All(inner.Train, i => Assert.Contains(i, outerTrain));

        // Every held-out outer interaction is newer than all of its user's validation data.
        var heldOut = data.Where(i => !outerTrain.Contains(i)).ToList();
        Assert.NotEmpty(heldOut);
        foreach (var user in inner.Test.Users)
        {
            var firstHeldOut = heldOut.Where(i => i.User == user.User).Select(i => i.Timestamp).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            Assert.All(outer.Train.Where(i => i.User == user.User), i => Assert.True(i.Timestamp <= firstHeldOut));
            Assert.All(user.Items, item => Assert.Contains(outer.Train, i => i.User == user.User && i.Item == item));
        }
    }

    [Fact]
    public void Bad_fractions_are_refused()
    {
        List<Interaction> data = [At("u1", "A", 1), At("u1", "B", 2)];

        Assert.Throws<ArgumentOutOfRangeException>(() => Splits.LeaveLastFraction(data, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Splits.LeaveLastFraction(data, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Splits.LeaveLastN(data, 0));
        Assert.Throws<ArgumentException>(() => Splits.CutoffAtFraction([data[0]]));
    }

    [Fact]
    public void Test_set_maps_items_to_train_indices_and_keeps_unknown_ones()
    {
        var test = TestSet.FromPairs([("u1", "B"), ("u1", "Z"), ("u1", "B"), ("u2", "A")]);
        var items = new IdMap(["A", "B", "C"]);

        Assert.Equal(["B", "Z"], Items(test, "u1"));
        Assert.Equal([1], test.Users[0].ItemIndices(items));
        Assert.Equal(3, test.PairCount);
        Assert.Equal(2, test.CountKnownPairs(items));
        Assert.Equal(["u2"], test.Restrict(new IdMap(["u2", "u9"])).Users.Select(u => u.User));
        Assert.Empty(test.ItemsOf("nobody"));
        Assert.Throws<ArgumentException>(() => new TestSet([new TestUser("u1", ["A"]), new TestUser("u1", ["B"])]));
    }
}
