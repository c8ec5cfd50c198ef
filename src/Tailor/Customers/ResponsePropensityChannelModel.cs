namespace Tailor.Customers;

/// <summary>
/// The response model of one channel: the product of its funnel's stages, P(open) x P(outcome |
/// open), or a single stage when the outcome is the open itself or the past rate measured better.
/// </summary>
/// <param name="Channel">The channel.</param>
/// <param name="Stages">The stages whose probabilities multiply.</param>
public sealed record ResponsePropensityChannelModel(string Channel, IReadOnlyList<ResponsePropensityStage> Stages)
{
    /// <summary>The stages and their methods in words, such as "open (trees) x conversion given open (past rate)".</summary>
    public string Description => string.Join(
        " x ", Stages.Select(s => $"{s.Name} ({(s.Method == ResponsePropensityMethod.Trees ? "trees" : "past rate")})"));

    internal double[] Probabilities(float[][] rows, ResponsePropensityHistory[] history)
    {
        var result = new double[rows.Length];
        Array.Fill(result, 1.0);
        foreach (var stage in Stages)
        {
            var p = stage.Probabilities(rows, history);
            for (var i = 0; i < result.Length; i++)
            {
                result[i] *= p[i];
            }
        }

        return result;
    }
}
