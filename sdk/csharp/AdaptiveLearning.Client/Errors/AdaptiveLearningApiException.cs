using System.Net;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Client;

/// <summary>
/// The API answered with an error. Switch on <see cref="Code"/> (stable, snake_case, such as
/// <c>validation_failed</c> or <c>email_taken</c>); show <see cref="Errors"/> next to the fields they name.
/// </summary>
public sealed class AdaptiveLearningApiException : Exception
{
    internal AdaptiveLearningApiException(HttpStatusCode status, ApiProblem problem, string? rawContent)
        : base($"{(int)status} {problem.Code}: {problem.Detail ?? problem.Title}")
    {
        Status = status;
        Problem = problem;
        RawContent = rawContent;
        Errors = problem.Errors?.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value.AsReadOnly())
                 ?? new Dictionary<string, IReadOnlyList<string>>();
    }

    /// <summary>The HTTP status code of the response.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The stable error code, such as <c>invalid_credentials</c>; <c>http_502</c> when the body was not a problem document.</summary>
    public string Code => Problem.Code;

    /// <summary>A short, human-readable summary of the problem type.</summary>
    public string Title => Problem.Title;

    /// <summary>What went wrong in this occurrence, when the server says more than the title.</summary>
    public string? Detail => Problem.Detail;

    /// <summary>The server's trace id: quote it when reporting a problem.</summary>
    public string? TraceId => Problem.TraceId;

    /// <summary>Validation messages by field (camelCase, dotted for nested fields); empty when none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

    /// <summary>The full problem document as sent by the server.</summary>
    public ApiProblem Problem { get; }

    /// <summary>The response body as text, for diagnostics.</summary>
    public string? RawContent { get; }
}
