using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;

namespace Tailor.Operations;

/// <summary>A fitted regression on external regressors with a time-series model of its residuals.</summary>
public sealed class RegressionModel : IForecastModel
{
    private readonly Regressors _regressors;
    private readonly int _observations;
    private readonly Matrix<double> _covariance;

    internal RegressionModel(Regressors regressors, int observations, ImmutableArray<RegressionCoefficient> coefficients, Matrix<double> covariance, IForecastModel residual)
    {
        _regressors = regressors;
        _observations = observations;
        _covariance = covariance;
        Coefficients = coefficients;
        Residual = residual;
    }

    /// <summary>Intercept first, then one coefficient per regressor in column order.</summary>
    public ImmutableArray<RegressionCoefficient> Coefficients { get; }

    /// <summary>The model of the regression's residuals (ETS by default).</summary>
    public IForecastModel Residual { get; }

    /// <inheritdoc />
    public string Description => $"Regression on {string.Join(", ", _regressors.Names)} + {Residual.Description} errors";

    /// <inheritdoc />
    public int SeasonLength => Residual.SeasonLength;

    /// <inheritdoc />
    public InformationCriteria? Criteria => null;

    /// <summary>
    /// Forecasts from the regressors' future values plus the residual model's forecast. The variance adds
    /// the residual forecast's and the coefficients' own (x' Cov(b) x), treating the two as independent.
    /// Throws an <see cref="ArgumentException"/> when the regressors do not cover the horizon.
    /// </summary>
    public ForecastResult Forecast(int horizon)
    {
        SeriesGuard.Horizon(horizon);
        if (_observations + horizon > _regressors.Length)
        {
            throw new ArgumentException(
                $"The regressors cover {_regressors.Length - _observations} periods after the series; a forecast of {horizon} needs their values for every period forecast.",
                nameof(horizon));
        }

        ForecastResult residual = Residual.Forecast(horizon);
        int k = Coefficients.Length;
        var mean = new double[horizon];
        var sd = new double[horizon];
        var x = Vector<double>.Build.Dense(k);
        for (int h = 0; h < horizon; h++)
        {
            x[0] = 1;
            for (int j = 1; j < k; j++)
            {
                x[j] = _regressors[j - 1, _observations + h];
            }

            double regression = 0;
            for (int j = 0; j < k; j++)
            {
                regression += x[j] * Coefficients[j].Estimate;
            }

            double residualSd = (residual.Upper95[h] - residual.Point[h]) / ForecastIntervals.Z95;
            mean[h] = regression + residual.Point[h];
            sd[h] = Math.Sqrt((residualSd * residualSd) + x.DotProduct(_covariance * x));
        }

        return ForecastIntervals.FromNormal(Description, mean, sd, null);
    }
}
