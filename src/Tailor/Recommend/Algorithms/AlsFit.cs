namespace Tailor.Recommend.Algorithms;

/// <summary>A fitted ALS model with the training users' factors (row per user), which serving does not keep.</summary>
internal sealed record AlsFit(AlsModel Model, float[] UserFactors);
