namespace Tailor.Recommend.Algorithms;

/// <summary>Association rules per item; scores a history by summed confidence.</summary>
public sealed class BoughtTogetherModel : IExplainingRecommender
{
    private readonly IReadOnlyList<AssociationRule>[] _rules;

    public BoughtTogetherModel(IReadOnlyList<AssociationRule>[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
    }

    public string Name => "bought-together";

    public int ItemCount => _rules.Length;

    /// <summary>The items bought with <paramref name="item"/>, best confidence first.</summary>
    public IReadOnlyList<AssociationRule> Rules(int item) => (uint)item < (uint)_rules.Length ? _rules[item] : [];

    public void Score(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> scores)
    {
        scores.Clear();
        for (var h = 0; h < historyItems.Length; h++)
        {
            foreach (var rule in Rules(historyItems[h]))
            {
                scores[rule.Item] += historyWeights[h] * (float)rule.Confidence;
            }
        }
    }

    public int StrongestReason(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, int candidate)
    {
        var best = -1;
        var bestContribution = 0d;
        for (var h = 0; h < historyItems.Length; h++)
        {
            foreach (var rule in Rules(historyItems[h]))
            {
                if (rule.Item == candidate && historyWeights[h] * rule.Confidence > bestContribution)
                {
                    bestContribution = historyWeights[h] * rule.Confidence;
                    best = h;
                }
            }
        }

        return best;
    }

    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_rules.Length);
        foreach (var rules in _rules)
        {
            writer.Write(rules.Count);
            foreach (var rule in rules)
            {
                writer.Write(rule.Item);
                writer.Write(rule.Count);
                writer.Write(rule.Support);
                writer.Write(rule.Confidence);
                writer.Write(rule.Lift);
            }
        }
    }

    public static BoughtTogetherModel Load(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rules = new IReadOnlyList<AssociationRule>[reader.ReadInt32()];
        for (var i = 0; i < rules.Length; i++)
        {
            var list = new AssociationRule[reader.ReadInt32()];
            for (var k = 0; k < list.Length; k++)
            {
                list[k] = new AssociationRule(reader.ReadInt32(), reader.ReadInt32(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
            }

            rules[i] = list;
        }

        return new BoughtTogetherModel(rules);
    }
}
