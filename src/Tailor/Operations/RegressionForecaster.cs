using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;

namespace Tailor.Operations;

/// <summary>
/// A linear model on external regressors (promotions, holidays, price, weather) with a time-series
/// model on its residuals: y_t = b0 + b'x_t + e_t, b by ordinary least squares, e_t by ETS (or any
/// forecaster). This is the two-step form of regression with ETS errors: the residual model carries
/// the level, trend and season the regressors do not explain, the regression what they do. Forecasts
/// need the regressors' values for the periods forecast.
/// </summary>
public sealed class RegressionForecaster : IForecaster
{
    private readonly Regressors _regressors;
    private readonly IForecaster _residual;

    /// <summary>Regression on <paramref name="regressors"/> with automatic ETS on the residuals.</summary>
    public RegressionForecaster(Regressors regressors)
        : this(regressors, new EtsForecaster())
    {
    }

    /// <summary>Regression on <paramref name="regressors"/> with <paramref name="residual"/> on the residuals.</summary>
    public RegressionForecaster(Regressors regressors, IForecaster residual)
    {
        ArgumentNullException.ThrowIfNull(regressors);
        ArgumentNullException.ThrowIfNull(residual);
        _regressors = regressors;
        _residual = residual;
    }

    /// <inheritdoc />
    public string Name => "Regression+" + _residual.Name;

    /// <inheritdoc />
    IForecastModel IForecaster.Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken) =>
        Fit(series, seasonLength, cancellationToken);

    /// <summary>
    /// Fits the regression and the residual model. Throws an <see cref="ArgumentException"/> when the
    /// regressors are shorter than the series, when there are too few observations for the coefficients,
    /// or when a regressor is constant or a combination of the others (its effect cannot be told apart).
    /// </summary>
    public RegressionModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default)
    {
        SeriesGuard.Series(series, "Regression");
        SeriesGuard.SeasonLength(seasonLength);
        int n = series.Length;
        int k = _regressors.Names.Length + 1;
        if (_regressors.Length < n)
        {
            throw new ArgumentException($"The regressors cover {_regressors.Length} periods but the series has {n}; they must start with the series.", nameof(series));
        }

        if (n <= k + 1)
        {
            throw new ArgumentException($"A regression on {k - 1} regressors needs more than {k + 1} observations; the series has {n}.", nameof(series));
        }

        var x = Matrix<double>.Build.Dense(n, k, (t, j) => j == 0 ? 1 : _regressors[j - 1, t]);
        var y = Vector<double>.Build.Dense(series.ToArray());
        var qr = x.QR();
        for (int j = 0; j < k; j++)
        {
            // A near-zero diagonal of R: the column adds nothing the earlier ones (or the intercept) do not.
            if (Math.Abs(qr.R[j, j]) <= 1e-9 * Math.Max(1, x.Column(j).L2Norm()))
            {
                string name = j == 0 ? "intercept" : _regressors.Names[j - 1];
                throw new ArgumentException(
                    $"Regressor '{name}' is constant or a combination of the others over the series; its effect cannot be estimated.", nameof(series));
            }
        }

        Vector<double> b = qr.Solve(y);
        Vector<double> residuals = y - (x * b);
        double sigma2 = residuals.DotProduct(residuals) / (n - k);
        Matrix<double> rInverse = qr.R.SubMatrix(0, k, 0, k).Inverse();
        Matrix<double> covariance = rInverse * rInverse.Transpose() * sigma2;
        var coefficients = ImmutableArray.CreateBuilder<RegressionCoefficient>(k);
        for (int j = 0; j < k; j++)
        {
            coefficients.Add(new RegressionCoefficient(j == 0 ? "intercept" : _regressors.Names[j - 1], b[j], Math.Sqrt(covariance[j, j])));
        }

        cancellationToken.ThrowIfCancellationRequested();
        IForecastModel residual = _residual.Fit(residuals.ToArray(), seasonLength, cancellationToken);
        return new RegressionModel(_regressors, n, coefficients.MoveToImmutable(), covariance, residual);
    }
}
