using System.Net;
using System.Text.Json;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Client.Errors;

/// <summary>Turns every unsuccessful response into an <see cref="AdaptiveLearningApiException"/>.</summary>
internal static class ProblemExceptionFactory
{
    public static async ValueTask<Exception?> CreateAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
            return null;
        var content = response.Content is null ? null : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var problem = Parse(content) ?? Fallback(response);
        return problem is { Code: ErrorCodes.MfaRequired, MfaChallenge: { Length: > 0 } challenge }
            ? new AdaptiveLearningMfaRequiredException(response.StatusCode, problem, content, challenge)
            : new AdaptiveLearningApiException(response.StatusCode, problem, content);
    }

    private static ApiProblem? Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
            return null;
        try
        {
            var problem = JsonSerializer.Deserialize<ApiProblem>(content, ClientJson.Options);
            return string.IsNullOrEmpty(problem?.Code) ? null : problem;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ApiProblem Fallback(HttpResponseMessage response) => new()
    {
        Type = "about:blank",
        Title = response.ReasonPhrase ?? response.StatusCode.ToString(),
        Status = (int)response.StatusCode,
        Code = "http_" + (int)response.StatusCode,
        Detail = response.StatusCode == HttpStatusCode.Unauthorized ? "Not signed in." : null,
    };
}
