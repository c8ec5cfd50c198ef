namespace Tailor.Marketing;

/// <summary>
/// Maps a channel's four unconstrained optimizer coordinates to its curve parameters inside their
/// ranges, so the optimizer needs no bounds: lift in (0, MaxLift), half-saturation positive (in units
/// of the channel's typical spend), shape in (MinShape, MaxShape), adstock decay in (0, MaxDecay).
/// </summary>
internal static class ChannelTransform
{
    /// <summary>Largest relative lift a channel may have: five times the baseline.</summary>
    public const double MaxLift = 5;

    public const double MinShape = 0.5;

    public const double MaxShape = 5;

    public const double MaxDecay = 0.95;

    /// <summary>Coordinates per channel: lift, half-saturation, shape, decay.</summary>
    public const int Size = 4;

    public static double Lift(double coordinate) => MaxLift * Sigmoid(coordinate);

    public static double HalfSaturation(double coordinate) => Math.Exp(coordinate);

    public static double Shape(double coordinate) => MinShape + ((MaxShape - MinShape) * Sigmoid(coordinate));

    public static double Decay(double coordinate) => MaxDecay * Sigmoid(coordinate);

    /// <summary>Derivative of <see cref="Lift"/> with respect to its coordinate.</summary>
    public static double LiftSlope(double coordinate) => MaxLift * SigmoidSlope(coordinate);

    /// <summary>Derivative of <see cref="Shape"/> with respect to its coordinate.</summary>
    public static double ShapeSlope(double coordinate) => (MaxShape - MinShape) * SigmoidSlope(coordinate);

    /// <summary>Derivative of <see cref="Decay"/> with respect to its coordinate.</summary>
    public static double DecaySlope(double coordinate) => MaxDecay * SigmoidSlope(coordinate);

    /// <summary>The coordinates of a curve (half-saturation in units of the channel's typical spend).</summary>
    public static (double Lift, double HalfSaturation, double Shape, double Decay) Coordinates(
        double lift, double halfSaturation, double shape, double decay) =>
        (Logit(lift / MaxLift), Math.Log(halfSaturation), Logit((shape - MinShape) / (MaxShape - MinShape)), Logit(decay / MaxDecay));

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private static double SigmoidSlope(double x)
    {
        var s = Sigmoid(x);
        return s * (1 - s);
    }

    private static double Logit(double p)
    {
        var q = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(q / (1 - q));
    }
}
