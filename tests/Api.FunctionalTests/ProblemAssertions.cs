using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests;

internal static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem with the given status and stable code, and returns it.</summary>
    public static async Task<ApiProblem> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        });
        var problem = ApiJson.Deserialize<ApiProblem>(body);
        Assert.Multiple(() =>
        {
            Assert.That(problem.Code, Is.EqualTo(code), body);
            Assert.That(problem.Status, Is.EqualTo((int)status));
            Assert.That(problem.TraceId, Is.Not.Null, "problem has a traceId");
            Assert.That(body, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace leaks");
        });
        return problem;
    }

    /// <summary>The fields a validation problem names, e.g. <c>settings.dailyNewLimit</c>.</summary>
    public static IReadOnlyCollection<string> FieldErrors(this ApiProblem problem) =>
        (IReadOnlyCollection<string>?)problem.Errors?.Keys ?? [];
}
