using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Tailor.Experiments;

/// <summary>
/// Deterministic assignment: SHA-256 of "experiment key \u001f subject" mapped to a bucket in [0, 1),
/// then to the variant whose cumulative weight covers the bucket. The same key and subject give the
/// same bucket on every machine and every run (unlike string.GetHashCode, which is randomised per
/// process), and different experiments bucket the same customer independently.
/// </summary>
public static class ExperimentHash
{
    /// <summary>The subject's bucket in [0, 1) for this experiment.</summary>
    public static double Bucket(string experimentKey, string subject)
    {
        ArgumentNullException.ThrowIfNull(experimentKey);
        ArgumentNullException.ThrowIfNull(subject);
        // The unit separator cannot occur in a key, so ("ab", "c") and ("a", "bc") never collide.
        var text = Encoding.UTF8.GetBytes(experimentKey + "\u001f" + subject);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text, digest);
        // The top 53 bits make an exactly representable double, uniform on [0, 1).
        return (BinaryPrimitives.ReadUInt64BigEndian(digest) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>Index of the variant whose share of the cumulative weights holds <paramref name="bucket"/>.</summary>
    public static int Choose(IReadOnlyList<double> weights, double bucket)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0 || weights.Any(w => !(w >= 0) || !double.IsFinite(w)) || !(weights.Sum() > 0))
        {
            throw new ArgumentException("Weights must be finite, at least 0, and not all 0.", nameof(weights));
        }

        double total = weights.Sum();
        double cumulative = 0;
        for (var k = 0; k < weights.Count; k++)
        {
            cumulative += weights[k] / total;
            if (bucket < cumulative && weights[k] > 0)
            {
                return k;
            }
        }

        // Rounding can leave the cumulative sum a hair below 1: the bucket belongs to the last live variant.
        for (var k = weights.Count - 1; ; k--)
        {
            if (weights[k] > 0)
            {
                return k;
            }
        }
    }

    /// <summary>The variant index of <paramref name="subject"/> under <paramref name="weights"/>.</summary>
    public static int Assign(string experimentKey, string subject, IReadOnlyList<double> weights) =>
        Choose(weights, Bucket(experimentKey, subject));
}
