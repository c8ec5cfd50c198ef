using System.Collections.Concurrent;
using Tailor.Customers;
using Tailor.Data;

namespace Tailor.Server.Serving;

/// <summary>
/// Response-propensity fits per shop and outcome. A fit trains boosted trees on every campaign send,
/// which takes seconds; it is kept until the shop's row counts or latest order change.
/// </summary>
public sealed class PropensityCache
{
    private readonly ConcurrentDictionary<(string Shop, ResponsePropensityOutcome Outcome), (ShopStats Stamp, ResponsePropensityFit Fit)> _fits = new();

    /// <summary>The fit for the data; <paramref name="stamp"/> must have been read before <paramref name="data"/>.</summary>
    public ResponsePropensityFit Get(string shopId, ShopStats stamp, ShopData data, ResponsePropensityOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        if (_fits.TryGetValue((shopId, outcome), out var entry) && entry.Stamp == stamp)
        {
            return entry.Fit;
        }

        var fit = ResponsePropensity.Fit(data, new ResponsePropensityOptions { Outcome = outcome }, null, cancellationToken);
        _fits[(shopId, outcome)] = (stamp, fit);
        return fit;
    }
}
