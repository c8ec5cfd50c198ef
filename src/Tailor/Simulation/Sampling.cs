namespace Tailor.Simulation;

/// <summary>Random draws the simulator needs beyond <see cref="Random"/>; all deterministic given the generator.</summary>
internal static class Sampling
{
    /// <summary>
    /// A seed for one component, mixed from the user's seed with SplitMix64 so that components draw
    /// from unrelated streams and adding draws to one does not shift another.
    /// </summary>
    public static int DeriveSeed(int seed, int stream)
    {
        var z = unchecked(((ulong)(uint)seed << 32) + (ulong)stream + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }

    public static Random Stream(int seed, int stream) => new(DeriveSeed(seed, stream));

    public static double NextGaussian(this Random rng)
    {
        // Box-Muller without caching the second value, so the generator is the only state.
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double NextExponential(this Random rng) => -Math.Log(1.0 - rng.NextDouble());

    public static double NextLogNormal(this Random rng, double mu, double sigma) => Math.Exp(mu + (sigma * rng.NextGaussian()));

    public static double NextUniform(this Random rng, double low, double high) => low + ((high - low) * rng.NextDouble());

    public static bool NextBool(this Random rng, double probability) => rng.NextDouble() < probability;

    /// <summary>Gamma(shape, rate) by Marsaglia and Tsang, boosting shapes below 1.</summary>
    public static double NextGamma(this Random rng, double shape, double rate)
    {
        if (shape < 1)
        {
            var boost = Math.Pow(rng.NextDouble(), 1.0 / shape);
            return rng.NextGamma(shape + 1, rate) * boost;
        }

        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = rng.NextGaussian();
                v = 1.0 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = rng.NextDouble();
            if (u < 1 - (0.0331 * x * x * x * x) || Math.Log(u) < (0.5 * x * x) + (d * (1 - v + Math.Log(v))))
            {
                return d * v / rate;
            }
        }
    }

    public static double NextBeta(this Random rng, double a, double b)
    {
        var x = rng.NextGamma(a, 1);
        var y = rng.NextGamma(b, 1);
        return x / (x + y);
    }

    public static int NextPoisson(this Random rng, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * rng.NextGaussian())));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        var product = rng.NextDouble();
        while (product > limit)
        {
            count++;
            product *= rng.NextDouble();
        }

        return count;
    }

    public static T Pick<T>(this Random rng, IReadOnlyList<T> values) => values[rng.Next(values.Count)];

    /// <summary>Index drawn in proportion to weights given as a running total (last element the total).</summary>
    public static int NextIndex(this Random rng, ReadOnlySpan<double> cumulative)
    {
        var target = rng.NextDouble() * cumulative[^1];
        var low = 0;
        var high = cumulative.Length - 1;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (cumulative[mid] > target)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    /// <summary>Turns weights into their running total in place.</summary>
    public static void Accumulate(Span<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            weights[i] = total;
        }
    }

    public static void Shuffle<T>(this Random rng, List<T> values)
    {
        for (var i = values.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
