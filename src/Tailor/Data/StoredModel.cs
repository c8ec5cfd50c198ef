namespace Tailor.Data;

/// <summary>A trained model version kept in the store.</summary>
/// <param name="Kind">What the model is for, such as "recommender".</param>
/// <param name="Version">1, 2, ... per shop and kind; the highest is current.</param>
/// <param name="TrainedAt">When training finished.</param>
/// <param name="Metrics">Evaluation figures as a JSON object text.</param>
/// <param name="Artefact">The serialised model; empty in listings.</param>
public sealed record StoredModel(string Kind, int Version, DateTimeOffset TrainedAt, string? Metrics, byte[] Artefact);
