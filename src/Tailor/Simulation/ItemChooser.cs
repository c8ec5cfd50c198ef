namespace Tailor.Simulation;

/// <summary>
/// The choice model: a person picks an item with probability proportional to
/// exp(taste · factors + popularity + launch boost), among items on sale at that moment. Draws are
/// by rejection from a time-free proposal, so one person's weights are computed once.
/// </summary>
internal sealed class ItemChooser
{
    /// <summary>Extra log-utility of an item on its launch day.</summary>
    public const double LaunchBoost = 1.5;

    /// <summary>Days over which the launch boost decays by a factor e.</summary>
    public const double LaunchBoostDays = 30;

    private const int MaxTries = 400;

    private readonly Catalogue _catalogue;
    private readonly double[] _utility;
    private readonly double[] _affinity;
    private readonly double[] _productTotals;
    private readonly double[] _contentTotals;

    public ItemChooser(Catalogue catalogue)
    {
        _catalogue = catalogue;
        _utility = new double[catalogue.Items.Length];
        _affinity = new double[catalogue.Items.Length];
        _productTotals = new double[catalogue.Products.Length];
        _contentTotals = new double[catalogue.Content.Length];
    }

    /// <summary>Taste · factors of an item for the current person.</summary>
    public double Affinity(int item) => _affinity[item];

    /// <summary>Prepares the weights of one person; a zero taste leaves popularity alone.</summary>
    public void SetTaste(double[] taste)
    {
        var items = _catalogue.Items;
        for (var i = 0; i < items.Length; i++)
        {
            var factors = items[i].Factors;
            var dot = 0.0;
            for (var d = 0; d < factors.Length; d++)
            {
                dot += taste[d] * factors[d];
            }

            _affinity[i] = dot;
            _utility[i] = dot + items[i].Popularity;
        }

        Fill(_catalogue.Products, _productTotals);
        Fill(_catalogue.Content, _contentTotals);
    }

    /// <summary>A product on sale at <paramref name="time"/>, or -1 if none could be found.</summary>
    public int DrawProduct(Random rng, double time) => Draw(rng, time, _catalogue.Products, _productTotals, category: -1);

    /// <summary>A published content item, or -1.</summary>
    public int DrawContent(Random rng, double time) => Draw(rng, time, _catalogue.Content, _contentTotals, category: -1);

    /// <summary>A product of one category on sale at <paramref name="time"/>, or -1.</summary>
    public int DrawProductInCategory(Random rng, double time, int category)
    {
        var drawn = Draw(rng, time, _catalogue.Products, _productTotals, category);
        if (drawn >= 0)
        {
            return drawn;
        }

        // A category this person dislikes can defeat rejection; fall back to any product of it on sale.
        foreach (var item in _catalogue.Products)
        {
            var candidate = _catalogue.Items[item];
            if (candidate.Category == category && candidate.SellableAt(time))
            {
                return item;
            }
        }

        return -1;
    }

    private void Fill(int[] indices, double[] totals)
    {
        var total = 0.0;
        for (var k = 0; k < indices.Length; k++)
        {
            var item = _catalogue.Items[indices[k]];
            total += Math.Exp(_utility[indices[k]] + (item.LaunchedInPeriod ? LaunchBoost : 0));
            totals[k] = total;
        }
    }

    private int Draw(Random rng, double time, int[] indices, double[] totals, int category)
    {
        if (indices.Length == 0)
        {
            return -1;
        }

        for (var attempt = 0; attempt < MaxTries; attempt++)
        {
            var item = indices[rng.NextIndex(totals)];
            var candidate = _catalogue.Items[item];
            if ((category >= 0 && candidate.Category != category) || !candidate.SellableAt(time))
            {
                continue;
            }

            // The proposal carries the full launch boost; thin it to the boost left at this time.
            if (candidate.LaunchedInPeriod)
            {
                var boost = LaunchBoost * Math.Exp(-(time - candidate.CreatedAt) / LaunchBoostDays);
                if (!rng.NextBool(Math.Exp(boost - LaunchBoost)))
                {
                    continue;
                }
            }

            return item;
        }

        return -1;
    }
}
