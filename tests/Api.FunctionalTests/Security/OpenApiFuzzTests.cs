using Wire = AdaptiveLearning.Client.Models;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>
/// Every operation of sdk/openapi/openapi.json, called by an admin (who may reach every route) with hostile path
/// segments, query values and bodies: the server never answers 5xx, and every 4xx is problem+json with a code and traceId.
/// </summary>
public sealed class OpenApiFuzzTests : TestBase
{
    private static IEnumerable<TestCaseData> Operations() =>
        OpenApiOperation.All.Select(o => new TestCaseData(o).SetArgDisplayNames(o.ToString()));

    [TestCaseSource(nameof(Operations))]
    public async Task NoInputMakesTheServerFail(OpenApiOperation operation)
    {
        var admin = await Api.AdminAsync();
        var failures = new List<string>();
        foreach (var (label, request) in Requests(operation))
        {
            var problem = await ProblemWithAsync(admin, request);
            // A dependency's answer too slow (503 unavailable, the designed answer to an outage) is no input's doing: an
            // input that fails the server fails it again, so a 503 counts only when the same request repeats it.
            if (problem?.StartsWith("503 ", StringComparison.Ordinal) == true)
            {
                await Task.Delay(500);
                problem = await ProblemWithAsync(admin, request);
            }
            if (problem is not null)
                failures.Add($"{label}: {problem}");
        }

        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(20)));
    }

    private static async Task<string?> ProblemWithAsync(HttpClient client, Func<HttpRequestMessage> request)
    {
        using var message = request();
        using var response = await client.SendAsync(message);
        return await ProblemWithAsync(response);
    }

    private static IEnumerable<(string Label, Func<HttpRequestMessage> Request)> Requests(OpenApiOperation operation)
    {
        var method = new HttpMethod(operation.Method);
        var validPath = operation.PathWith(_ => "1");
        foreach (var segment in FuzzValues.Segments)
            yield return ($"path {Shorten(segment)}", () => Json(method, operation.PathWith(_ => Escape(segment)), operation.BodyProperties is null ? null : "{}"));
        foreach (var query in operation.QueryParameters)
        foreach (var value in FuzzValues.QueryValues)
            yield return ($"?{query}={Shorten(value)}", () => new HttpRequestMessage(method, $"{validPath}?{query}={Uri.EscapeDataString(value)}"));
        if (operation.BodyProperties is not { } properties)
            yield break;
        foreach (var raw in FuzzValues.RawBodies)
            yield return ($"body {Shorten(raw)}", () => Json(method, validPath, raw));
        yield return ("text/plain body", () => new HttpRequestMessage(method, validPath) { Content = new StringContent("{}", Encoding.UTF8, "text/plain") });
        yield return ("no body", () => new HttpRequestMessage(method, validPath));
        foreach (var (name, _) in properties)
        foreach (var value in FuzzValues.JsonValues())
        {
            var body = new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, FuzzValues.Plausible(p.Value))));
            body[name] = value?.DeepClone();
            var json = body.ToJsonString();
            yield return ($"{name}={Shorten(value?.ToJsonString() ?? "null")}", () => Json(method, validPath, json));
        }
    }

    private static async Task<string?> ProblemWithAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500)
            return $"{status} {Shorten(body)}";
        if (status < 400)
            return null;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"{status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}";
        try
        {
            var problem = ApiJson.Deserialize<Wire.ApiProblem>(body);
            return problem is { Code.Length: > 0, TraceId.Length: > 0 } ? null : $"{status} without code or traceId";
        }
        catch (JsonException)
        {
            return $"{status} with a body that is not JSON";
        }
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, string? body) => new(method, path)
    {
        Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
    };

    private static string Escape(string segment) => segment.Contains('%') ? segment : Uri.EscapeDataString(segment);

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + $"…({text.Length})" : text;
}
