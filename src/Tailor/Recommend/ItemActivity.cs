namespace Tailor.Recommend;

/// <summary>
/// How much happened to each item lately and in the long run: interaction weight decayed with a
/// short and a long half-life. Their ratio is an item's velocity against its own baseline, which is
/// what "trending" means.
/// </summary>
/// <param name="Recent">Per item, weight decayed with <see cref="RecentHalfLifeDays"/>.</param>
/// <param name="Baseline">Per item, weight decayed with <see cref="BaselineHalfLifeDays"/>.</param>
public sealed record ItemActivity(float[] Recent, float[] Baseline)
{
    public const double RecentHalfLifeDays = 7;

    public const double BaselineHalfLifeDays = 90;

    /// <summary>Accumulates activity while a matrix is built.</summary>
    internal sealed class Builder(DateTimeOffset referenceTime)
    {
        private readonly List<float> _recent = [];
        private readonly List<float> _baseline = [];

        public void Add(int item, float weight, DateTimeOffset timestamp)
        {
            if (weight <= 0)
            {
                return;
            }

            while (_recent.Count <= item)
            {
                _recent.Add(0);
                _baseline.Add(0);
            }

            var ageDays = Math.Max(0, (referenceTime - timestamp).TotalDays);
            _recent[item] += (float)Math.Exp(-Math.Log(2) * ageDays / RecentHalfLifeDays);
            _baseline[item] += (float)Math.Exp(-Math.Log(2) * ageDays / BaselineHalfLifeDays);
        }

        public ItemActivity Build(int items)
        {
            var recent = new float[items];
            var baseline = new float[items];
            _recent.CopyTo(0, recent, 0, Math.Min(items, _recent.Count));
            _baseline.CopyTo(0, baseline, 0, Math.Min(items, _baseline.Count));
            return new ItemActivity(recent, baseline);
        }
    }
}
