namespace Tailor.Recommend.Evaluation;

/// <summary>
/// Every combination of some parameter values, for a grid search: the caller turns each point into
/// a trainer, so the grid knows nothing of any algorithm.
/// </summary>
public static class ParameterGrid
{
    /// <summary>
    /// The Cartesian product of <paramref name="axes"/>, in a fixed order: the last axis varies
    /// fastest. Each point maps every axis name to one of its values.
    /// </summary>
    /// <exception cref="ArgumentException">An axis has no values, or two axes share a name.</exception>
    public static IReadOnlyList<IReadOnlyDictionary<string, object>> Expand(
        IReadOnlyList<(string Name, IReadOnlyList<object> Values)> axes)
    {
        ArgumentNullException.ThrowIfNull(axes);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, values) in axes)
        {
            if (!names.Add(name))
            {
                throw new ArgumentException($"Parameter '{name}' appears twice in the grid.", nameof(axes));
            }

            if (values is null || values.Count == 0)
            {
                throw new ArgumentException($"Parameter '{name}' has no values.", nameof(axes));
            }
        }

        var points = new List<IReadOnlyDictionary<string, object>>();
        var choice = new int[axes.Count];
        while (true)
        {
            var point = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var a = 0; a < axes.Count; a++)
            {
                point[axes[a].Name] = axes[a].Values[choice[a]];
            }

            points.Add(point);

            // Count up like an odometer, last axis fastest.
            var axis = axes.Count - 1;
            while (axis >= 0 && ++choice[axis] == axes[axis].Values.Count)
            {
                choice[axis] = 0;
                axis--;
            }

            if (axis < 0)
            {
                return points;
            }
        }
    }
}
