using System.Numerics.Tensors;

namespace Tailor.Recommend;

/// <summary>Small vectorised helpers over a span of item scores.</summary>
internal static class ScoreSpan
{
    /// <summary>The largest score, or 0 when none is positive; NaN scores are ignored.</summary>
    public static float PositiveMax(ReadOnlySpan<float> scores)
    {
        var max = scores.IsEmpty ? 0f : TensorPrimitives.Max(scores);
        if (float.IsNaN(max))
        {
            // A NaN anywhere poisons the vectorised maximum; the slow scan skips it.
            max = 0f;
            foreach (var s in scores)
            {
                if (s > max)
                {
                    max = s;
                }
            }
        }

        return Math.Max(0f, max);
    }
}
