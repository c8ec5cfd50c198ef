namespace Tailor.Customers;

/// <summary>
/// Platt scaling: P = 1 / (1 + exp(-(A * score + B))), fitted by Newton's method on sends the trees
/// did not see, with Platt's (1999) smoothed targets so that a handful of responses cannot push the
/// probabilities to 0 or 1. Responses are rare; calibrating on the training sends themselves would
/// make the trees' confidence look earned.
/// </summary>
/// <param name="A">Slope on the raw tree score.</param>
/// <param name="B">Intercept.</param>
internal readonly record struct ResponsePropensityCalibration(double A, double B)
{
    private const int MaxIterations = 100;

    public double Probability(double score)
    {
        var z = (A * score) + B;
        return z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
    }

    public static ResponsePropensityCalibration Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        double a = 0, b = Math.Log((positives + 1.0) / (negatives + 1.0));
        var previous = Loss(scores, labels, a, b, high, low);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // Gradient and Hessian of the cross-entropy in (a, b).
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var p = new ResponsePropensityCalibration(a, b).Probability(scores[i]);
                var residual = p - (labels[i] ? high : low);
                var weight = Math.Max(p * (1 - p), 1e-12);
                ga += residual * scores[i];
                gb += residual;
                haa += weight * scores[i] * scores[i];
                hab += weight * scores[i];
                hbb += weight;
            }

            // A tiny ridge keeps the step defined when all scores are equal.
            haa += 1e-9;
            hbb += 1e-9;
            var determinant = (haa * hbb) - (hab * hab);
            var da = ((hbb * ga) - (hab * gb)) / determinant;
            var db = ((haa * gb) - (hab * ga)) / determinant;

            // Backtrack so that every step lowers the loss.
            var step = 1.0;
            double loss;
            while (true)
            {
                loss = Loss(scores, labels, a - (step * da), b - (step * db), high, low);
                if (loss <= previous || step < 1e-8)
                {
                    break;
                }

                step /= 2;
            }

            a -= step * da;
            b -= step * db;
            var improvement = previous - loss;
            previous = loss;
            if (improvement < 1e-10 * Math.Max(1, Math.Abs(loss)))
            {
                break;
            }
        }

        return new ResponsePropensityCalibration(a, b);
    }

    private static double Loss(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double a, double b, double high, double low)
    {
        var loss = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            var z = (a * scores[i]) + b;
            var target = labels[i] ? high : low;

            // log(1 + exp(z)) - target * z, written to stay finite for large |z|.
            loss += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - (target * z);
        }

        return loss;
    }
}
