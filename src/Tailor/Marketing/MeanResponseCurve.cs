namespace Tailor.Marketing;

/// <summary>
/// The mean of several curves of one channel, such as its bootstrap draws: the expected response
/// when the true curve is uncertain. Planning on it maximises expected response rather than the
/// response of one estimate, which keeps a plan from betting on a curve the data barely supports.
/// </summary>
public sealed class MeanResponseCurve : IResponseCurve
{
    // The components' parameters side by side, with log K precomputed: the allocator evaluates these often.
    private readonly double[] _maxResponse;
    private readonly double[] _logHalf;
    private readonly double[] _shape;

    /// <param name="channel">Channel name.</param>
    /// <param name="curves">The curves to average, at least one.</param>
    /// <exception cref="ArgumentException">No curves, or an invalid one.</exception>
    public MeanResponseCurve(string channel, IReadOnlyList<SpendCurve> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        if (curves.Count == 0)
        {
            throw new ArgumentException("A mean curve needs at least one curve.", nameof(curves));
        }

        if (curves.Any(c => c is null || !c.IsValid))
        {
            throw new ArgumentException($"Every curve of '{channel}' needs a finite MaxResponse >= 0, HalfSaturation > 0 and Shape > 0.", nameof(curves));
        }

        Channel = channel;
        _maxResponse = curves.Select(c => c.MaxResponse).ToArray();
        _logHalf = curves.Select(c => Math.Log(c.HalfSaturation)).ToArray();
        _shape = curves.Select(c => c.Shape).ToArray();
        IsConcave = curves.All(c => c.IsConcave);

        // Past every curve's inflection each one is concave, so their mean is too.
        ConcaveFrom = curves.Max(c => c.Inflection);
    }

    /// <inheritdoc/>
    public string Channel { get; }

    /// <inheritdoc/>
    public bool IsConcave { get; }

    /// <inheritdoc/>
    public double ConcaveFrom { get; }

    /// <inheritdoc/>
    public double Value(double dailySpend)
    {
        if (dailySpend <= 0)
        {
            return 0;
        }

        var log = Math.Log(dailySpend);
        var sum = 0.0;
        for (var i = 0; i < _shape.Length; i++)
        {
            sum += _maxResponse[i] / (1 + Math.Exp(-_shape[i] * (log - _logHalf[i])));
        }

        return sum / _shape.Length;
    }

    /// <inheritdoc/>
    public double Slope(double dailySpend)
    {
        if (dailySpend <= 0)
        {
            var atZero = 0.0;
            for (var i = 0; i < _shape.Length; i++)
            {
                atZero += _shape[i] < 1 ? double.PositiveInfinity : _shape[i] == 1 ? _maxResponse[i] / Math.Exp(_logHalf[i]) : 0;
            }

            return atZero / _shape.Length;
        }

        var log = Math.Log(dailySpend);
        var sum = 0.0;
        for (var i = 0; i < _shape.Length; i++)
        {
            var h = 1 / (1 + Math.Exp(-_shape[i] * (log - _logHalf[i])));
            sum += _maxResponse[i] * _shape[i] * h * (1 - h);
        }

        return sum / (dailySpend * _shape.Length);
    }
}
