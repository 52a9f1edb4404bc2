using Wire = AdaptiveLearning.Client.Models;
using AdaptiveLearning.Api.Features.Answers.SubmitAnswer;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

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

    [TestCase(nameof(LostCommitAcknowledgement.Install))]
    [TestCase(nameof(LostCommitAcknowledgement.InstallSocketReset))]
    public async Task AnAnswerStoredBeforeTheConnectionDroppedIsNeverReportedAsFailedAndARetryReturnsIt(string fault)
    {
        Action<IServiceCollection> install = fault == nameof(LostCommitAcknowledgement.Install)
            ? LostCommitAcknowledgement.Install
            : LostCommitAcknowledgement.InstallSocketReset;
        var question = await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Mcq("Q", "a"));
        var learner = await Api.LearnerAsync();
        var session = await learner.StartAsync(Wire.SessionMode.Practice);
        await using var faulty = Fixture.Api.WithWebHostBuilder(b => b.ConfigureTestServices(install));
        var flaky = Api.WithToken(faulty.CreateClient(), learner.DefaultRequestHeaders.Authorization!.Parameter!);
        var answer = new { clientAttemptId = "tap-1", questionId = question, selected = new[] { "a" }, answeredAt = DateTimeOffset.UtcNow };

        var first = await flaky.PostAsJsonAsync(Api.Route(SubmitAnswerRequest.For(session)), answer);
        var retry = await (await learner.PostAsJsonAsync(Api.Route(SubmitAnswerRequest.For(session)), answer)).ReadAsAsync<Wire.AnswerResult>();
        var counts = await learner.SessionAsync(session);

        var problem = await first.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.Multiple(() =>
        {
            Assert.That(first.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(problem.ToString(), Does.Not.Contain("fail").IgnoreCase);
            Assert.That(retry.Duplicate, Is.True, "the retry finds the stored answer");
            Assert.That(retry.Correct, Is.True);
            Assert.That(counts.Answered, Is.EqualTo(1));
        });
    }
}
