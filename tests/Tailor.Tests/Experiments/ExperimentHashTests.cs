using Tailor.Experiments;

namespace Tailor.Tests.Experiments;

public sealed class ExperimentHashTests
{
    [Fact]
    public void The_bucket_is_sha256_of_key_and_subject()
    {
        // Python: (int.from_bytes(sha256(b"homepage-recs\x1fC00042").digest()[:8], "big") >> 11) / 2**53
        Assert.Equal(0.5593305148663659, ExperimentHash.Bucket("homepage-recs", "C00042"));
        Assert.Equal(0.5535377192667448, ExperimentHash.Bucket("subject-line", "C00001"));
    }

    [Fact]
    public void The_same_input_gives_the_same_variant_and_experiments_bucket_independently()
    {
        double[] weights = [0.5, 0.5];
        var first = Enumerable.Range(0, 1000).Select(i => ExperimentHash.Assign("exp-a", $"C{i}", weights)).ToArray();
        var again = Enumerable.Range(0, 1000).Select(i => ExperimentHash.Assign("exp-a", $"C{i}", weights)).ToArray();
        var other = Enumerable.Range(0, 1000).Select(i => ExperimentHash.Assign("exp-b", $"C{i}", weights)).ToArray();

        Assert.Equal(first, again);
        // Independent experiments agree about half the time (binomial 1000, 0.5: 500 +/- 16 is one s.d.).
        int agree = first.Zip(other).Count(p => p.First == p.Second);
        Assert.InRange(agree, 440, 560);
    }

    [Fact]
    public void Shares_converge_to_the_weights()
    {
        double[] weights = [20, 30, 50];
        var counts = new int[3];
        const int n = 100_000;
        for (var i = 0; i < n; i++)
        {
            counts[ExperimentHash.Assign("three-way", $"customer-{i}", weights)]++;
        }

        // Binomial s.d. of a share near 0.5 at n = 100,000 is 0.0016; 0.005 is over 3 s.d.
        Assert.Equal(0.2, counts[0] / (double)n, 0.005);
        Assert.Equal(0.3, counts[1] / (double)n, 0.005);
        Assert.Equal(0.5, counts[2] / (double)n, 0.005);
        Assert.False(SampleRatioMismatch.Check(counts.Select(c => (long)c).ToArray(), weights).Mismatch);
    }

    [Fact]
    public void Buckets_map_to_cumulative_weights()
    {
        Assert.Equal(0, ExperimentHash.Choose([1, 3], 0.2499));
        Assert.Equal(1, ExperimentHash.Choose([1, 3], 0.25));
        Assert.Equal(1, ExperimentHash.Choose([1, 3], 0.9999999999));
        Assert.Throws<ArgumentException>(() => ExperimentHash.Choose([0, 0], 0.5));
    }
}
