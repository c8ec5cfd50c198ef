namespace Tailor.Customers;

/// <summary>A response model trained on all sends, with its measurement on the later sends.</summary>
/// <param name="Evaluation">Per-channel quality on sends after the cut-off, against the past-rate baselines.</param>
/// <param name="Model">The model trained on every send, each channel with the method that measured better.</param>
public sealed record ResponsePropensityFit(ResponsePropensityEvaluation Evaluation, ResponsePropensityModel Model);
