using Tailor.Recommend.Algorithms;

namespace Tailor.Tests.Recommend;

public class FactorKernelsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(45)]
    [InlineData(64)]
    [InlineData(100)]
    public void Kernels_match_scalar_loops_for_every_length(int k)
    {
        var random = new Random(k);
        var x = Enumerable.Range(0, k).Select(_ => random.NextSingle() - 0.5f).ToArray();
        var y = Enumerable.Range(0, k).Select(_ => random.NextSingle() - 0.5f).ToArray();
        var matrix = new float[k * k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                matrix[(a * k) + b] = matrix[(b * k) + a] = random.NextSingle() - 0.5f;
            }
        }

        double dot = 0;
        for (var i = 0; i < k; i++)
        {
            dot += (double)x[i] * y[i];
        }

        Assert.Equal(dot, FactorKernels.Dot(x, y), 1e-5);

        var sum = (float[])y.Clone();
        FactorKernels.AddScaled(x, 1.5f, sum);
        for (var i = 0; i < k; i++)
        {
            Assert.Equal(y[i] + (1.5f * x[i]), sum[i], 1e-6f);
        }

        var product = new float[k];
        FactorKernels.SymmetricMultiply(matrix, x, product);
        for (var a = 0; a < k; a++)
        {
            double expected = 0;
            for (var b = 0; b < k; b++)
            {
                expected += (double)matrix[(a * k) + b] * x[b];
            }

            Assert.Equal(expected, product[a], 1e-5);
        }
    }
}
