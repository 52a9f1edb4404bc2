using System.Text.Json;
using AdaptiveLearning.Api.Features.Imports.GetImport;
using AdaptiveLearning.Api.Features.Imports.StartImport;
using AdaptiveLearning.Application.Imports.StartImport;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

public sealed class ImportJobAccessTests : TestBase
{
    private static readonly object Upload = new
    {
        files = new[] { new { name = "math__basics__sums__set-01.json", content = """[{ "id": "q-1", "type": "theory", "question": "Why?" }]""" } },
        dryRun = true,
    };

    [Test]
    public async Task AnotherAuthorCannotSeeMyImportButAnAdminCan()
    {
        var mine = await SecurityClients.AuthorAsync("alice");
        var other = await SecurityClients.AuthorAsync("bruno");
        var started = await mine.PostAsJsonAsync(Api.Route(StartImportRequest.Route), Upload);
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await started.Content.ReadAsStringAsync());
        var job = started.Headers.Location!.ToString();

        var byOther = await other.GetAsync(job);
        var byMe = await mine.GetAsync(job);
        var byAdmin = await (await Api.AdminAsync()).GetAsync(job);

        await byOther.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Multiple(() =>
        {
            Assert.That(byMe.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task AnAuthorWithTheMostJobsRunningMustWait()
    {
        var author = await SecurityClients.AuthorAsync("alice");
        var id = await SecurityClients.UserIdAsync("alice");
        await using (var connection = new MySqlConnection(TestEnvironment.ConnectionString))
        {
            for (var i = 0; i < StartImportCommand.MaxActiveJobsPerUser; i++)
                await connection.ExecuteAsync("""
                    INSERT INTO import_jobs (id, status, created_by, file_count, dry_run, publish, created_at)
                    VALUES (@Id, 'running', @CreatedBy, 1, 1, 0, UTC_TIMESTAMP(6))
                    """, new { Id = Guid.NewGuid().ToString(), CreatedBy = id.ToString() });
        }

        var refused = await author.PostAsJsonAsync(Api.Route(StartImportRequest.Route), Upload);
        var otherAuthor = await (await SecurityClients.AuthorAsync("bruno")).PostAsJsonAsync(Api.Route(StartImportRequest.Route), Upload);

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "too_many_jobs");
        Assert.That(refused.Headers.RetryAfter, Is.Not.Null);
        Assert.That(otherAuthor.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [Test]
    public async Task ALearnerCannotReadImportJobs()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.GetAsync(Api.Route(GetImportEndpoint.Route.Replace("{id}", Guid.NewGuid().ToString())));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }
}
