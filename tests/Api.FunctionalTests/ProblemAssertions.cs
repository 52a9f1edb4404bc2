using System.Text.Json;

namespace AdaptiveLearning.Api.FunctionalTests;

internal static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem with the given status and stable code, and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        });
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("code").GetString(), Is.EqualTo(code), body);
            Assert.That(json.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
            Assert.That(json.TryGetProperty("traceId", out _), Is.True, "problem has a traceId");
            Assert.That(body, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace leaks");
        });
        return json;
    }
}
