using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AdaptiveLearning.Api.Features.Exports.GetExport;
using AdaptiveLearning.Api.Features.Exports.GetExportFile;
using AdaptiveLearning.Api.FunctionalTests.Security;
using AdaptiveLearning.Client.Models;
using Dapper;
using MySqlConnector;

using StartExportRequest = AdaptiveLearning.Api.Features.Exports.StartExport.StartExportRequest;
using StartImportRequest = AdaptiveLearning.Api.Features.Imports.StartImport.StartImportRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Export;

public sealed class ExportJobTests : TestBase
{
    private const string Sums = """
        [
          { "id": "exp-1", "type": "mcq", "question": "2 + 2?", "options": { "A": "3", "B": "4" }, "correct_answer": "B", "explanation": "Count \"four\" — ünïcode." },
          { "id": "exp-2", "type": "theory", "question": "Why?", "model_answer": "Because.\nTwo lines." }
        ]
        """;

    private const string Drafts = """[{ "id": "exp-3", "type": "theory", "question": "A draft?", "model_answer": "Yes." }]""";

    [Test]
    public async Task AnExportedSubtreeReimportsWithoutChangingAnything()
    {
        var admin = await Api.AdminAsync();
        await ImportAsync(admin, "math__basics__sums__set-01.json", Sums, publish: true);
        await ImportAsync(admin, "math__basics__words__set-01.json", Drafts, publish: false);
        await ImportAsync(admin, "art__colour__mixing__set-01.json", Drafts.Replace("exp-3", "exp-4"), publish: true);

        var (job, response) = await ExportAsync(admin, new { node = "math__basics" });
        var files = await ZipFilesAsync(response);
        var again = await ImportAsync(admin, files, publish: false);

        Assert.Multiple(() =>
        {
            Assert.That(job.Status, Is.EqualTo(ExportJobStatus.Succeeded), job.Error);
            Assert.That(job.Files, Is.EqualTo(3));
            Assert.That(job.Questions, Is.EqualTo(3));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Does.StartWith("export-math__basics-").And.EndWith(".zip"));
            Assert.That(files.Keys, Is.EquivalentTo(new[] { "_hierarchy.json", "math__basics__sums__set-01.json", "math__basics__words__set-01.json" }));
            Assert.That(again.Status, Is.EqualTo(ImportJobStatus.Succeeded), again.Error);
            Assert.That(again.Report!.Total.Created, Is.Zero);
            Assert.That(again.Report.Total.Updated, Is.Zero);
            Assert.That(again.Report.Total.Moved, Is.Zero);
            Assert.That(again.Report.Total.Unchanged, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task AStatusFilterExportsOnlyQuestionsInThatStatus()
    {
        var admin = await Api.AdminAsync();
        await ImportAsync(admin, "math__basics__sums__set-01.json", Sums, publish: true);
        await ImportAsync(admin, "math__basics__words__set-01.json", Drafts, publish: false);

        var (job, response) = await ExportAsync(admin, new { status = "draft" });
        var files = await ZipFilesAsync(response);

        Assert.That(job.Questions, Is.EqualTo(1));
        Assert.That(files.Keys, Is.EquivalentTo(new[] { "_hierarchy.json", "math__basics__words__set-01.json" }));
    }

    [Test]
    public async Task AnotherAuthorCannotSeeOrDownloadMyExportButAnAdminCan()
    {
        var admin = await Api.AdminAsync();
        await ImportAsync(admin, "math__basics__sums__set-01.json", Sums, publish: true);
        var mine = await SecurityClients.AuthorAsync("alice");
        var other = await SecurityClients.AuthorAsync("bruno");
        var (job, _) = await ExportAsync(mine, new { });

        var otherReads = await other.GetAsync(Api.Route(For(GetExportEndpoint.Route, job.Id)));
        var otherDownloads = await other.GetAsync(Api.Route(For(GetExportFileEndpoint.Route, job.Id)));
        var adminDownloads = await admin.GetAsync(Api.Route(For(GetExportFileEndpoint.Route, job.Id)));

        await otherReads.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await otherDownloads.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.That(adminDownloads.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ReviewersExportAndLearnersAreForbidden()
    {
        var reviewer = await StaffAsync("rita", role: 3);
        var learner = await Api.LearnerAsync();

        var byReviewer = await reviewer.PostJsonAsync(StartExportRequest.Route, new { });
        var byLearner = await learner.PostJsonAsync(StartExportRequest.Route, new { });
        var learnerReads = await learner.GetAsync(Api.Route(For(GetExportEndpoint.Route, Guid.NewGuid())));

        Assert.That(byReviewer.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await byReviewer.Content.ReadAsStringAsync());
        Assert.That(byReviewer.Headers.Location?.ToString(), Does.EndWith("/exports/" + (await byReviewer.ReadAsAsync<ExportJobView>(HttpStatusCode.Accepted)).Id));
        await byLearner.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await learnerReads.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Test]
    public async Task AnExportWithoutAFileAnswersWithACode()
    {
        var author = await SecurityClients.AuthorAsync("alice");
        var id = await SecurityClients.UserIdAsync("alice");
        var queued = await InsertJobAsync(id, "queued", runAfterHours: 1);
        var failed = await InsertJobAsync(id, "failed");
        var expired = await InsertJobAsync(id, "succeeded");

        var whileQueued = await author.GetAsync(Api.Route(For(GetExportFileEndpoint.Route, queued)));
        var afterFailing = await author.GetAsync(Api.Route(For(GetExportFileEndpoint.Route, failed)));
        var afterRetention = await author.GetAsync(Api.Route(For(GetExportFileEndpoint.Route, expired)));
        var queuedJob = await author.GetAsync(Api.Route(For(GetExportEndpoint.Route, queued)));

        await whileQueued.AssertProblemAsync(HttpStatusCode.Conflict, "export_not_ready");
        await afterFailing.AssertProblemAsync(HttpStatusCode.Conflict, "export_not_ready");
        await afterRetention.AssertProblemAsync(HttpStatusCode.NotFound, "export_expired");
        Assert.That((await queuedJob.ReadAsAsync<ExportJobView>()).Status, Is.EqualTo(ExportJobStatus.Queued));
    }

    [Test]
    public async Task BadRequestsAreRefusedBeforeAnyJobIsQueued()
    {
        var admin = await Api.AdminAsync();

        var badFormat = await admin.PostJsonAsync(StartExportRequest.Route, new { format = "xlsx" });
        var badStatus = await admin.PostJsonAsync(StartExportRequest.Route, new { status = "lost" });
        var badPath = await admin.PostJsonAsync(StartExportRequest.Route, new { node = "no spaces allowed" });
        var missingNode = await admin.PostJsonAsync(StartExportRequest.Route, new { node = "nowhere__at_all" });

        await badFormat.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await badStatus.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await badPath.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await missingNode.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Test]
    public async Task AUserWithTheMostExportsRunningMustWait()
    {
        var author = await SecurityClients.AuthorAsync("alice");
        var id = await SecurityClients.UserIdAsync("alice");
        for (var i = 0; i < 3; i++)
            await InsertJobAsync(id, "queued", runAfterHours: 1);

        var refused = await author.PostJsonAsync(StartExportRequest.Route, new { });

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "too_many_jobs");
    }

    internal static string For(string route, Guid id) => route.Replace("{id}", id.ToString());

    private static async Task<HttpClient> StaffAsync(string name, int role)
    {
        await Api.LearnerAsync(name);
        await using (var connection = new MySqlConnection(TestEnvironment.ConnectionString))
            await connection.ExecuteAsync("UPDATE users SET role = @role WHERE username = @name", new { name, role });
        return await Api.LoggedInAsync(name, "a-long-enough-passphrase");
    }

    /// <summary>A job row as the engine keeps it; <paramref name="runAfterHours"/> keeps a queued one from being claimed during the test.</summary>
    private static async Task<Guid> InsertJobAsync(Guid owner, string status, int runAfterHours = 0)
    {
        var id = Guid.NewGuid();
        var payload = JsonSerializer.Serialize(new { userId = owner, node = (string?)null, status = (string?)null, format = "json" });
        var finished = status is "queued" ? null : (DateTime?)DateTime.UtcNow;
        var result = status == "succeeded" ? """{"files":1,"questions":0}""" : null;
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        await connection.ExecuteAsync("""
            INSERT INTO jobs (id, kind, payload, status, max_attempts, run_after, created_at, finished_at, result)
            VALUES (@Id, 'export', @Payload, @Status, 3, DATE_ADD(UTC_TIMESTAMP(6), INTERVAL @RunAfterHours HOUR), UTC_TIMESTAMP(6), @Finished, @Result)
            """, new { Id = id.ToString(), Payload = payload, Status = status, RunAfterHours = runAfterHours, Finished = finished, Result = result });
        return id;
    }

    private static async Task<(ExportJobView Job, HttpResponseMessage File)> ExportAsync(HttpClient client, object request)
    {
        var started = await client.PostJsonAsync(StartExportRequest.Route, request);
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        var job = await PollAsync<ExportJobView>(client, location, j => j.FinishedAt is not null);
        return (job, await client.GetAsync(location + "/file"));
    }

    internal static async Task<T> PollAsync<T>(HttpClient client, string location, Func<T, bool> finished)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = await (await client.GetAsync(location)).ReadAsAsync<T>();
            if (finished(job))
                return job;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"the job did not finish: {JsonSerializer.Serialize(job)}");
            await Task.Delay(100);
        }
    }

    internal static async Task<Dictionary<string, string>> ZipFilesAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var files = new Dictionary<string, string>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            files[entry.FullName] = await reader.ReadToEndAsync();
        }
        return files;
    }

    private static Task<ImportJobView> ImportAsync(HttpClient client, string name, string content, bool publish) =>
        ImportAsync(client, new Dictionary<string, string> { [name] = content }, publish);

    private static async Task<ImportJobView> ImportAsync(HttpClient client, IReadOnlyDictionary<string, string> files, bool publish)
    {
        var response = await client.PostJsonAsync(StartImportRequest.Route, new Wire.StartImportRequest
        {
            Files = files.Select(f => new UploadedImportFile { Name = f.Key, Content = f.Value }).ToList(),
            Publish = publish,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var job = await PollAsync<ImportJobView>(client, response.Headers.Location!.ToString(), j => j.FinishedAt is not null);
        Assert.That(job.Status, Is.EqualTo(ImportJobStatus.Succeeded), JsonSerializer.Serialize(job));
        return job;
    }
}
