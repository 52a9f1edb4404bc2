namespace AdaptiveLearning.Api.Errors;

/// <summary>An RFC 9457 problem document with the stable <c>code</c> clients switch on.</summary>
public sealed record ApiProblem(
    string Type,
    string Title,
    int Status,
    string Code,
    string? Detail,
    string? Instance,
    string? TraceId,
    IReadOnlyDictionary<string, string[]>? Errors = null);
