namespace Tailor.Operations;

/// <summary>Ordinary least squares line through (x0 + i, y[i]), as R's <c>lsfit</c> on an index.</summary>
internal readonly record struct LinearFit(double Intercept, double Slope)
{
    /// <summary>Fits y[i] = Intercept + Slope * (firstX + i).</summary>
    public static LinearFit OnIndex(ReadOnlySpan<double> y, double firstX)
    {
        int n = y.Length;
        double meanX = firstX + ((n - 1) / 2.0);
        double meanY = 0;
        for (int i = 0; i < n; i++)
        {
            meanY += y[i];
        }

        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = firstX + i - meanX;
            sxy += dx * (y[i] - meanY);
            sxx += dx * dx;
        }

        double slope = sxx > 0 ? sxy / sxx : 0;
        return new LinearFit(meanY - (slope * meanX), slope);
    }
}
