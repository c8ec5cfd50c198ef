using Microsoft.AspNetCore.Http.HttpResults;

namespace Tailor.Server.Apis;

/// <summary>RFC 9457 problem details with the wording every endpoint shares.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>400 naming each field at fault and why.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<FieldError> errors) => TypedResults.Problem(
        string.Join("; ", errors.Select(e => e.Index is { } i ? $"[{i}] {e.Field}: {e.Reason}" : $"{e.Field}: {e.Reason}")),
        statusCode: StatusCodes.Status400BadRequest, title: "Invalid request",
        extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
