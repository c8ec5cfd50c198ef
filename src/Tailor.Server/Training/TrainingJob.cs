namespace Tailor.Server.Training;

/// <summary>A training request and how it went.</summary>
public sealed record TrainingJob(
    string Id, string ShopId, string Status, DateTimeOffset QueuedAt, DateTimeOffset? FinishedAt, int? ModelVersion, string? Error)
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
