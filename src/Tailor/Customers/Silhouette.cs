namespace Tailor.Customers;

/// <summary>
/// Mean silhouette (Rousseeuw 1987) of a labelling on a fixed sample of points, with the sample's
/// distance matrix computed once and reused for every k.
/// </summary>
internal sealed class Silhouette
{
    private readonly int[] _sample;
    private readonly float[] _distances;

    public Silhouette(float[][] points, int sampleSize, int seed)
    {
        var indices = Enumerable.Range(0, points.Length).ToArray();
        if (indices.Length > sampleSize)
        {
            new Random(seed).Shuffle(indices);
            indices = indices[..sampleSize];
            Array.Sort(indices);
        }

        _sample = indices;
        var s = indices.Length;
        _distances = new float[s * s];
        for (var i = 0; i < s; i++)
        {
            var a = points[indices[i]];
            for (var j = i + 1; j < s; j++)
            {
                var b = points[indices[j]];
                var sum = 0f;
                for (var d = 0; d < a.Length; d++)
                {
                    var diff = a[d] - b[d];
                    sum += diff * diff;
                }

                _distances[(i * s) + j] = _distances[(j * s) + i] = MathF.Sqrt(sum);
            }
        }
    }

    /// <summary>Mean over the sample of (b - a) / max(a, b); points alone in their cluster count 0.</summary>
    public double Mean(int[] labels, int k)
    {
        var s = _sample.Length;
        var sums = new double[k];
        var counts = new int[k];
        foreach (var index in _sample)
        {
            counts[labels[index]]++;
        }

        var total = 0.0;
        for (var i = 0; i < s; i++)
        {
            Array.Clear(sums);
            var row = i * s;
            for (var j = 0; j < s; j++)
            {
                sums[labels[_sample[j]]] += _distances[row + j];
            }

            var own = labels[_sample[i]];
            if (counts[own] <= 1)
            {
                continue;
            }

            var a = sums[own] / (counts[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                if (c != own && counts[c] > 0)
                {
                    b = Math.Min(b, sums[c] / counts[c]);
                }
            }

            if (double.IsFinite(b))
            {
                total += (b - a) / Math.Max(a, b);
            }
        }

        return total / s;
    }
}
