namespace Tailor.Operations;

/// <summary>
/// The components of one ETS model in the taxonomy of Hyndman et al. (2008), written ETS(error,trend,season):
/// ETS(M,Ad,M) has multiplicative errors, an additive damped trend and multiplicative seasonality.
/// </summary>
/// <param name="Error">Error component.</param>
/// <param name="Trend">Trend component.</param>
/// <param name="Season">Seasonal component.</param>
public readonly record struct EtsSpec(EtsError Error, EtsTrend Trend, EtsSeason Season)
{
    /// <summary>True for the damped trend.</summary>
    public bool Damped => Trend == EtsTrend.AdditiveDamped;

    /// <summary>True when the model has a trend.</summary>
    public bool HasTrend => Trend != EtsTrend.None;

    /// <summary>True when the model has a seasonal component.</summary>
    public bool HasSeason => Season != EtsSeason.None;

    /// <summary>
    /// True for the combinations R excludes by default because they are numerically unstable: additive
    /// errors with multiplicative seasonality.
    /// </summary>
    public bool IsRestricted => Error == EtsError.Additive && Season == EtsSeason.Multiplicative;

    /// <summary>
    /// Parses "MAdM", "AAN", "M,Ad,M" or "ETS(M,Ad,M)" (R's model strings, with "Ad" or a trailing "d"
    /// for damping as in "AAdN"). Throws an <see cref="ArgumentException"/> for anything else.
    /// </summary>
    public static EtsSpec Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        string s = code.Trim();
        if (s.StartsWith("ETS(", StringComparison.OrdinalIgnoreCase) && s.EndsWith(')'))
        {
            s = s[4..^1];
        }

        s = s.Replace(",", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        bool damped = s.Length == 4 && s[2] == 'D';
        if (damped)
        {
            s = s.Remove(2, 1);
        }

        if (s.Length != 3)
        {
            throw new ArgumentException($"ETS model '{code}' is not of the form 'MAdM', 'AAN' or 'ETS(M,Ad,M)'.", nameof(code));
        }

        EtsError error = s[0] switch
        {
            'A' => EtsError.Additive,
            'M' => EtsError.Multiplicative,
            _ => throw new ArgumentException($"ETS model '{code}': error must be A or M.", nameof(code)),
        };
        EtsTrend trend = s[1] switch
        {
            'N' when !damped => EtsTrend.None,
            'A' => damped ? EtsTrend.AdditiveDamped : EtsTrend.Additive,
            'M' => throw new ArgumentException(
                $"ETS model '{code}': multiplicative trends are not supported (R excludes them by default too).", nameof(code)),
            _ => throw new ArgumentException($"ETS model '{code}': trend must be N, A or Ad.", nameof(code)),
        };
        EtsSeason season = s[2] switch
        {
            'N' => EtsSeason.None,
            'A' => EtsSeason.Additive,
            'M' => EtsSeason.Multiplicative,
            _ => throw new ArgumentException($"ETS model '{code}': season must be N, A or M.", nameof(code)),
        };
        return new EtsSpec(error, trend, season);
    }

    /// <summary>R's notation, such as "ETS(M,Ad,M)".</summary>
    public override string ToString()
    {
        char e = Error == EtsError.Additive ? 'A' : 'M';
        string t = Trend switch
        {
            EtsTrend.None => "N",
            EtsTrend.Additive => "A",
            _ => "Ad",
        };
        char s = Season switch
        {
            EtsSeason.None => 'N',
            EtsSeason.Additive => 'A',
            _ => 'M',
        };
        return $"ETS({e},{t},{s})";
    }
}
