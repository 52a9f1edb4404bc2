using AdaptiveLearning.Api.Features.Answers.SubmitAnswer;
using AdaptiveLearning.Api.Features.Users.GetMe;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>With MariaDB unreachable the API says "try again" (503 + Retry-After), never 500 or "failed".</summary>
public sealed class DatabaseOutageTests : TestBase
{
    private static ApiFactory WithoutDatabase() => new(new Dictionary<string, string?>
    {
        // Nothing listens on port 1: every connection is refused, as when the server is down.
        ["ConnectionStrings:Learning"] = "Server=127.0.0.1;Port=1;User ID=root;Database=down;Connection Timeout=2",
        ["Database:MigrateOnStartup"] = "false",
        ["Admin:Email"] = "",
    });

    [Test]
    public async Task ReadsAndAnswersDuringAnOutageAskTheClientToRetry()
    {
        await Api.LearnerAsync();
        var token = (await Api.LoginAsync("learner", "a-long-enough-passphrase")).AccessToken;
        await using var factory = WithoutDatabase();
        var client = Api.WithToken(Api.Anonymous(factory), token);

        var me = await client.GetAsync(Api.Route(GetMeEndpoint.Route));
        var answer = await client.PostAsJsonAsync(Api.Route(SubmitAnswerRequest.For(Guid.NewGuid())),
            new { clientAttemptId = "offline-1", questionId = 1, selected = new[] { "a" } });

        foreach (var response in new[] { me, answer })
        {
            var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "unavailable");
            Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(problem.ToString(), Does.Not.Contain("fail").IgnoreCase);
        }
    }
}
