using Tailor.Recommend.Evaluation;

namespace Tailor.Tests.Recommend.Evaluation;

public sealed class TopKSelectorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(500)]
    public void Selects_what_a_full_sort_would_with_ties_broken_by_item_index(int k)
    {
        var random = new Random(k);
        var selector = new TopKSelector(k);
        var output = new int[k];
        for (var trial = 0; trial < 50; trial++)
        {
            // Few distinct values, so ties are common; a NaN ranks last.
            var scores = Enumerable.Range(0, 300).Select(_ => random.Next(10) == 0 ? float.NaN : random.Next(8) * 0.5f).ToArray();
            var expected = Enumerable.Range(0, scores.Length)
                .OrderByDescending(i => float.IsNaN(scores[i]) ? float.NegativeInfinity : scores[i])
                .ThenBy(i => i)
                .Take(k)
                .ToArray();

            // Feed in a shuffled order: the result must not depend on it.
            foreach (var i in Enumerable.Range(0, scores.Length).OrderBy(_ => random.Next()))
            {
                selector.Add(i, scores[i]);
            }

            var count = selector.DrainSorted(output);

            Assert.Equal(expected, output[..count]);
            Assert.Equal(0, selector.Count);
        }
    }
}
