namespace Tailor.Operations;

/// <summary>
/// Likelihood-based criteria with R forecast's conventions: <see cref="LogLikelihood"/> omits constants
/// (it is -0.5 times the concentrated likelihood term), so compare these only with R's values or with
/// each other on the same series.
/// </summary>
/// <param name="LogLikelihood">Log-likelihood as R's <c>ets</c> reports it.</param>
/// <param name="Aic">Akaike's information criterion.</param>
/// <param name="Aicc">AIC corrected for small samples; the default selection criterion.</param>
/// <param name="Bic">Bayesian information criterion.</param>
/// <param name="Parameters">Estimated parameters counted, including the error variance.</param>
public sealed record InformationCriteria(double LogLikelihood, double Aic, double Aicc, double Bic, int Parameters);
