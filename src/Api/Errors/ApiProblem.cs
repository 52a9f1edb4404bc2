namespace AdaptiveLearning.Api.Errors;

/// <summary>An RFC 9457 problem document with the stable <c>code</c> clients switch on; with <c>mfa_required</c>, <c>mfaChallenge</c> is the single-use token for <c>POST /auth/login/mfa</c>.</summary>
public sealed record ApiProblem(
    string Type,
    string Title,
    int Status,
    string Code,
    string? Detail,
    string? Instance,
    string? TraceId,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    string? MfaChallenge = null);
