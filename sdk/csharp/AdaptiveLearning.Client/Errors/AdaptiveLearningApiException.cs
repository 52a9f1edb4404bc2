using System.Net;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Client;

/// <summary>
/// Any failed call: an error response from the API, no response at all, or a response the SDK could not read.
/// Switch on <see cref="Code"/> (compare with <see cref="ErrorCodes"/>); show <see cref="Errors"/> next to the fields they name.
/// Cancelling through your <see cref="CancellationToken"/> still throws <see cref="OperationCanceledException"/>.
/// </summary>
public class AdaptiveLearningApiException : Exception
{
    internal AdaptiveLearningApiException(HttpStatusCode status, ApiProblem problem, string? rawContent, Exception? inner = null)
        : base($"{(int)status} {problem.Code}: {problem.Detail ?? problem.Title}", inner)
    {
        Status = status;
        Problem = problem;
        RawContent = rawContent;
        Errors = problem.Errors?.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value.AsReadOnly())
                 ?? new Dictionary<string, IReadOnlyList<string>>();
    }

    /// <summary>The HTTP status code of the response; 0 when there was no response (<see cref="ErrorCodes.TransportError"/>, <see cref="ErrorCodes.Timeout"/>).</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The stable error code, one of <see cref="ErrorCodes"/>; <c>http_502</c> style when the body was not a problem document.</summary>
    public string Code => Problem.Code;

    /// <summary>A short, human-readable summary of the problem type.</summary>
    public string Title => Problem.Title;

    /// <summary>What went wrong in this occurrence, when the server says more than the title.</summary>
    public string? Detail => Problem.Detail;

    /// <summary>The server's trace id: quote it when reporting a problem.</summary>
    public string? TraceId => Problem.TraceId;

    /// <summary>Validation messages by field (camelCase, dotted for nested fields); empty when none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

    /// <summary>The full problem document as sent by the server, or one the SDK made for a failure without a response.</summary>
    public ApiProblem Problem { get; }

    /// <summary>The response body as text, for diagnostics.</summary>
    public string? RawContent { get; }

    /// <summary>
    /// Whether the same call may succeed if made again later: no response, a timeout, 408, 429, 502, 503 or 504.
    /// Only resend calls that are safe to repeat (reads, and answers with the same client attempt id).
    /// </summary>
    public bool IsTransient => Status is 0 or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout && Code != ErrorCodes.AccountLocked;

    internal static AdaptiveLearningApiException ClientSide(string code, string title, string? detail, Exception? inner, HttpStatusCode status = 0) =>
        new(status, new ApiProblem { Type = "about:blank", Title = title, Status = (int)status, Code = code, Detail = detail }, null, inner);
}
