using AdaptiveLearning.Api.Features.Imports.CancelImport;
using AdaptiveLearning.Api.Features.Imports.ListImports;
using AdaptiveLearning.Api.FunctionalTests.Security;
using AdaptiveLearning.Client.Models;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Api.FunctionalTests.Import;

public sealed class ImportListAndCancelTests : TestBase
{
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public async Task AnAuthorPagesThroughOnlyTheirOwnJobsNewestFirst()
    {
        var alice = await SecurityClients.AuthorAsync("alice");
        var aliceId = await SecurityClients.UserIdAsync("alice");
        var brunoId = (await SecurityClients.AuthorAsync("bruno"), await SecurityClients.UserIdAsync("bruno")).Item2;
        var mine = new List<Guid>();
        for (var i = 0; i < 5; i++)
            mine.Add(await InsertAsync(aliceId, i == 1 ? "failed" : "succeeded", Start.AddHours(i)));
        await InsertAsync(brunoId, "succeeded", Start.AddHours(10));

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await alice.GetAsAsync<ImportJobPage>($"{ListImportsRequest.Route}?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.Items.Select(j => j.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);
        var failed = await alice.GetAsAsync<ImportJobPage>($"{ListImportsRequest.Route}?state=failed");
        var window = await alice.GetAsAsync<ImportJobPage>($"{ListImportsRequest.Route}?from=2026-03-01T10:00:00Z&to=2026-03-01T12:00:00Z");
        var notTheirs = await alice.GetAsAsync<ImportJobPage>($"{ListImportsRequest.Route}?author={brunoId}");

        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.EqualTo(Enumerable.Reverse(mine).ToList()));
            Assert.That(pages, Is.EqualTo(3));
            Assert.That(failed.Items.Select(j => j.Id), Is.EqualTo(new[] { mine[1] }));
            Assert.That(window.Items.Select(j => j.Id), Is.EqualTo(new[] { mine[2], mine[1] }));
            Assert.That(notTheirs.Items.Select(j => j.Id), Is.EqualTo(Enumerable.Reverse(mine).ToList()), "an author's filter never widens to others");
        });
    }

    [Test]
    public async Task AnAdminListsEveryonesJobsAndFiltersByAuthor()
    {
        var admin = await Api.AdminAsync();
        await SecurityClients.AuthorAsync("alice");
        await SecurityClients.AuthorAsync("bruno");
        var alice = await InsertAsync(await SecurityClients.UserIdAsync("alice"), "succeeded", Start);
        var brunoId = await SecurityClients.UserIdAsync("bruno");
        var bruno = await InsertAsync(brunoId, "queued", Start.AddMinutes(1));

        var all = await admin.GetAsAsync<ImportJobPage>(ListImportsRequest.Route);
        var byBruno = await admin.GetAsAsync<ImportJobPage>($"{ListImportsRequest.Route}?author={brunoId}");

        Assert.That(all.Items.Select(j => j.Id), Is.EqualTo(new[] { bruno, alice }));
        Assert.That(byBruno.Items.Select(j => (j.Id, j.CreatedBy)), Is.EqualTo(new[] { (bruno, (Guid?)brunoId) }));
    }

    [Test]
    public async Task BadListFiltersAreFieldErrorsAndLearnersAreForbidden()
    {
        var author = await SecurityClients.AuthorAsync("alice");
        var learner = await Api.LearnerAsync();

        var badCursor = await author.GetAsync(Api.Route(ListImportsRequest.Route + "?cursor=nope!"));
        var badRange = await author.GetAsync(Api.Route(ListImportsRequest.Route + "?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z"));
        var badState = await author.GetAsync(Api.Route(ListImportsRequest.Route + "?state=lost"));
        var byLearner = await learner.GetAsync(Api.Route(ListImportsRequest.Route));

        await badCursor.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await badRange.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await badState.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await byLearner.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Test]
    public async Task AQueuedImportIsCancelledAtOnceAndNeverRuns()
    {
        var alice = await SecurityClients.AuthorAsync("alice");
        var id = await InsertAsync(await SecurityClients.UserIdAsync("alice"), "queued", DateTime.UtcNow, engine: "queued");

        var response = await alice.PostAsync(Api.Route(CancelRoute(id)), null);
        var again = await alice.PostAsync(Api.Route(CancelRoute(id)), null);

        var job = await response.ReadAsAsync<ImportJobView>();
        Assert.Multiple(async () =>
        {
            Assert.That(job.Status, Is.EqualTo(ImportJobStatus.Cancelled));
            Assert.That(job.FinishedAt, Is.Not.Null);
            Assert.That(await EngineStatusAsync(id), Is.EqualTo("cancelled"));
        });
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "import_finished");
    }

    [Test]
    public async Task ARunningImportIsAskedToStop()
    {
        var alice = await SecurityClients.AuthorAsync("alice");
        var id = await InsertAsync(await SecurityClients.UserIdAsync("alice"), "running", DateTime.UtcNow, engine: "running");

        var response = await alice.PostAsync(Api.Route(CancelRoute(id)), null);

        var job = await response.ReadAsAsync<ImportJobView>(HttpStatusCode.Accepted);
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        var requested = await connection.ExecuteScalarAsync<bool>("SELECT cancel_requested FROM jobs WHERE id = @Id", new { Id = id.ToString() });
        Assert.That(job.Status, Is.EqualTo(ImportJobStatus.Running));
        Assert.That(requested, Is.True, "the worker holding the lease reads this flag on its next heartbeat and stops the import");
    }

    [Test]
    public async Task FinishedOrSomeoneElsesImportsCannotBeCancelled()
    {
        var alice = await SecurityClients.AuthorAsync("alice");
        var bruno = await SecurityClients.AuthorAsync("bruno");
        var aliceId = await SecurityClients.UserIdAsync("alice");
        var finished = await InsertAsync(aliceId, "succeeded", DateTime.UtcNow, engine: "succeeded");
        var queued = await InsertAsync(aliceId, "queued", DateTime.UtcNow, engine: "queued");

        var afterFinish = await alice.PostAsync(Api.Route(CancelRoute(finished)), null);
        var byOther = await bruno.PostAsync(Api.Route(CancelRoute(queued)), null);
        var byAdmin = await (await Api.AdminAsync()).PostAsync(Api.Route(CancelRoute(queued)), null);

        await afterFinish.AssertProblemAsync(HttpStatusCode.Conflict, "import_finished");
        await byOther.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static string CancelRoute(Guid id) => CancelImportEndpoint.Route.Replace("{id}", id.ToString());

    private static async Task<string> EngineStatusAsync(Guid id)
    {
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        return await connection.ExecuteScalarAsync<string>("SELECT status FROM jobs WHERE id = @Id", new { Id = id.ToString() }) ?? "";
    }

    /// <summary>
    /// An import job row as the API keeps it and, with <paramref name="engine"/>, its durable job: a queued one due in an
    /// hour and a running one leased to another instance for an hour, so no worker of this test touches them.
    /// </summary>
    private static async Task<Guid> InsertAsync(Guid author, string status, DateTime createdAt, string? engine = null)
    {
        var id = Guid.NewGuid();
        var finished = status is "queued" or "running" ? null : (DateTime?)createdAt;
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        await connection.ExecuteAsync("""
            INSERT INTO import_jobs (id, status, created_by, file_count, dry_run, publish, created_at, finished_at)
            VALUES (@Id, @Status, @Author, 1, 1, 0, @CreatedAt, @Finished)
            """, new { Id = id.ToString(), Status = status, Author = author.ToString(), CreatedAt = createdAt, Finished = finished });
        if (engine is not null)
            await connection.ExecuteAsync("""
                INSERT INTO jobs (id, kind, payload, status, attempts, max_attempts, run_after, created_at, started_at, finished_at, lease_owner, lease_expires_at)
                VALUES (@Id, 'import', '{}', @Engine, @Attempts, 3, DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 1 HOUR), UTC_TIMESTAMP(6),
                        @Started, @Finished, @Owner, @Lease)
                """, new
                {
                    Id = id.ToString(), Engine = engine, Attempts = engine == "queued" ? 0 : 1,
                    Started = engine == "queued" ? null : (DateTime?)DateTime.UtcNow, Finished = finished,
                    Owner = engine == "running" ? "another-instance" : null, Lease = engine == "running" ? DateTime.UtcNow.AddHours(1) : (DateTime?)null,
                });
        return id;
    }
}
