namespace Tailor.Marketing;

/// <summary>
/// The mean of several curves of one channel, such as its bootstrap draws: the expected response
/// when the true curve is uncertain. Planning on it maximises expected response rather than the
/// response of one estimate, which keeps a plan from betting on a curve the data barely supports.
/// </summary>
public sealed class MeanResponseCurve : IResponseCurve
{
    private readonly SpendCurve[] _curves;

    /// <param name="channel">Channel name.</param>
    /// <param name="curves">The curves to average, at least one.</param>
    /// <exception cref="ArgumentException">No curves.</exception>
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
        _curves = curves.ToArray();
        IsConcave = _curves.All(c => c.IsConcave);

        // Past every curve's inflection each one is concave, so their mean is too.
        ConcaveFrom = _curves.Max(c => c.Inflection);
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
        var sum = 0.0;
        foreach (var curve in _curves)
        {
            sum += curve.Value(dailySpend);
        }

        return sum / _curves.Length;
    }

    /// <inheritdoc/>
    public double Slope(double dailySpend)
    {
        var sum = 0.0;
        foreach (var curve in _curves)
        {
            sum += curve.Slope(dailySpend);
        }

        return sum / _curves.Length;
    }
}
