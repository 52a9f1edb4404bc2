namespace AdaptiveLearning.Application.Common;

/// <summary>Thrown by use cases to end a request with a problem the client can act on.</summary>
public sealed class ProblemException(
    Problem problem,
    string? detail = null,
    IReadOnlyDictionary<string, string[]>? errors = null,
    TimeSpan? retryAfter = null,
    string? mfaChallenge = null) : Exception(detail ?? problem.Title)
{
    public Problem Problem { get; } = problem;
    public string? Detail { get; } = detail;
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;
    public TimeSpan? RetryAfter { get; } = retryAfter;
    /// <summary>The token a client presents to finish a sign-in that needs a second factor.</summary>
    public string? MfaChallenge { get; } = mfaChallenge;

    public static ProblemException Field(string field, string message) =>
        new(Problems.ValidationFailed, message, new Dictionary<string, string[]> { [field] = [message] });
}
