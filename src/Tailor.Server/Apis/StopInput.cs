namespace Tailor.Server.Apis;

/// <summary>POST /experiments/{key}/stop.</summary>
/// <param name="Winner">The variant new customers get from now on; the control when omitted.</param>
public sealed record StopInput(string? Winner);
