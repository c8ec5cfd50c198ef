using Tailor.Recommend.Evaluation;

namespace Tailor.Tests.Recommend.Evaluation;

public sealed class CatalogueMetricsTests
{
    [Fact]
    public void Coverage_is_the_share_of_items_shown_at_least_once() =>
        Assert.Equal(0.5, CatalogueMetrics.Coverage([0, 2, 0, 1]));

    [Fact]
    public void Gini_is_zero_for_equal_exposure() => Assert.Equal(0, CatalogueMetrics.Gini([3, 3, 3, 3]), 1e-12);

    [Fact]
    public void Gini_is_n_minus_one_over_n_when_one_item_takes_every_slot() =>
        Assert.Equal(0.75, CatalogueMetrics.Gini([0, 8, 0, 0]), 1e-12);

    [Fact]
    public void Gini_matches_the_hand_computed_value()
    {
        // Sorted [0,1,2,3], n = 4, sum 6; weights 2i - n - 1 = -3,-1,1,3:
        // (0*-3 + 1*-1 + 2*1 + 3*3) / (4 * 6) = 10 / 24.
        Assert.Equal(10.0 / 24, CatalogueMetrics.Gini([3, 0, 2, 1]), 1e-12);
    }

    [Fact]
    public void Gini_of_nothing_shown_is_zero() => Assert.Equal(0, CatalogueMetrics.Gini([0, 0, 0]));

    [Fact]
    public void Self_information_is_minus_log2_of_the_popularity_share()
    {
        Assert.Equal(3, CatalogueMetrics.SelfInformation(1, 8), 1e-12);
        Assert.Equal(1, CatalogueMetrics.SelfInformation(4, 8), 1e-12);
        Assert.Equal(0, CatalogueMetrics.SelfInformation(8, 8), 1e-12);

        // No user: counted as one, so finite and the most novel.
        Assert.Equal(3, CatalogueMetrics.SelfInformation(0, 8), 1e-12);
    }
}
