namespace Tailor.Recommend;

/// <summary>
/// How much happened to each item lately and in the long run: interaction weight decayed with a
/// short and a long half-life. Their ratio is an item's velocity against its own baseline, which is
/// what "trending" means.
/// </summary>
/// <param name="Recent">Per item, weight decayed with <see cref="RecentHalfLifeDays"/>.</param>
/// <param name="Baseline">Per item, weight decayed with <see cref="BaselineHalfLifeDays"/>.</param>
/// <param name="FirstDaysAgo">Per item, days from its first positive interaction to the reference time; NaN when it has none.</param>
/// <param name="LastDaysAgo">Per item, days from its latest positive interaction to the reference time; NaN when it has none.</param>
public sealed record ItemActivity(float[] Recent, float[] Baseline, float[] FirstDaysAgo, float[] LastDaysAgo)
{
    public const double RecentHalfLifeDays = 7;

    public const double BaselineHalfLifeDays = 90;

    /// <summary>Accumulates activity while a matrix is built.</summary>
    internal sealed class Builder(DateTimeOffset referenceTime)
    {
        private readonly List<float> _recent = [];
        private readonly List<float> _baseline = [];
        private readonly List<float> _first = [];
        private readonly List<float> _last = [];

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
                _first.Add(float.NaN);
                _last.Add(float.NaN);
            }

            var ageDays = Math.Max(0, (referenceTime - timestamp).TotalDays);
            // Comparisons with NaN are false, so the first sighting always sets both.
            _first[item] = ageDays <= _first[item] ? _first[item] : (float)ageDays;
            _last[item] = ageDays >= _last[item] ? _last[item] : (float)ageDays;
            _recent[item] += (float)Math.Exp(-Math.Log(2) * ageDays / RecentHalfLifeDays);
            _baseline[item] += (float)Math.Exp(-Math.Log(2) * ageDays / BaselineHalfLifeDays);
        }

        public ItemActivity Build(int items) =>
            new(Copy(_recent, items, 0), Copy(_baseline, items, 0), Copy(_first, items, float.NaN), Copy(_last, items, float.NaN));

        private static float[] Copy(List<float> values, int items, float missing)
        {
            var copy = new float[items];
            Array.Fill(copy, missing);
            values.CopyTo(0, copy, 0, Math.Min(items, values.Count));
            return copy;
        }
    }
}
