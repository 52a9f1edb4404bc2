using System.Net.Http.Headers;
using System.Text.Json;
using System.Text;
using AdaptiveLearning.Api.Features.Imports.GetImport;
using AdaptiveLearning.Client.Models;

using StartImportRequest = AdaptiveLearning.Api.Features.Imports.StartImport.StartImportRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Import;

public sealed class ImportJobTests : TestBase
{
    private const string ValidFile = """
        [
          { "id": "api-1", "type": "mcq", "question": "2 + 2?", "options": { "A": "3", "B": "4" }, "correct_answer": "B" },
          { "id": "api-2", "type": "theory", "question": "Why?", "model_answer": "Because." }
        ]
        """;

    [Test]
    public async Task JsonUploadRunsInTheBackgroundAndReportsEveryFile()
    {
        var admin = await Api.AdminAsync();

        var response = await admin.PostJsonAsync(StartImportRequest.Route, new Wire.StartImportRequest
        {
            Files =
            [
                new() { Name = "math__basics__sums__set-01.json", Content = ValidFile },
                new() { Name = "math__basics__sums__set-02.json", Content = "[ { \"id\": \"api-3\" " },
            ],
            Publish = true,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var job = await PollAsync(admin, response.Headers.Location!.ToString());

        var report = job.Report;
        Assert.That(report, Is.Not.Null, $"{job.Status}: {job.Error}");
        Assert.Multiple(() =>
        {
            Assert.That(job.Status, Is.EqualTo(ImportJobStatus.CompletedWithProblems));
            Assert.That(report!.Total.Created, Is.EqualTo(2));
            Assert.That(report.Total.Invalid, Is.EqualTo(1));
            Assert.That(report.Problems[0].File, Is.EqualTo("math__basics__sums__set-02.json"));
            Assert.That(report.Problems[0].Reason, Does.StartWith("invalid JSON at line 1"));
        });
    }

    [Test]
    public async Task MultipartUploadLargerThanTheDefaultBodyCapIsAccepted()
    {
        var admin = await Api.AdminAsync();
        var big = JsonSerializer.Serialize(Enumerable.Range(0, 3_000).Select(i => new Dictionary<string, object>
        {
            ["id"] = $"big-{i}", ["type"] = "mcq", ["question"] = $"Question {i} {new string('x', 400)}?",
            ["options"] = new Dictionary<string, string> { ["A"] = "yes", ["B"] = "no" }, ["correct_answer"] = "A",
        }));
        Assert.That(Encoding.UTF8.GetByteCount(big), Is.GreaterThan(1_048_576), "the upload must exceed the API's default 1 MiB cap");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(big));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "files", "big__bank__upload__set-01.json");

        var response = await admin.PostAsync(Api.Route(StartImportRequest.Route), form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var job = await PollAsync(admin, response.Headers.Location!.ToString());

        Assert.That(job.Status, Is.EqualTo(ImportJobStatus.Succeeded));
        Assert.That(job.Report?.Total.Created, Is.EqualTo(3_000));
    }

    [Test]
    public async Task LearnersCannotImport()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PostJsonAsync(StartImportRequest.Route,
            new Wire.StartImportRequest { Files = [new() { Name = "math__basics__sums__set-01.json", Content = ValidFile }] });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task UnknownJobIsNotFound()
    {
        var admin = await Api.AdminAsync();

        var response = await admin.GetAsync(Api.Route(GetImportEndpoint.Route.Replace("{id}", Guid.NewGuid().ToString())));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private static async Task<ImportJobView> PollAsync(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = await (await client.GetAsync(location)).ReadAsAsync<ImportJobView>();
            if (job.Status is not (ImportJobStatus.Queued or ImportJobStatus.Running))
                return job;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"the import job did not finish: {job.Status}");
            await Task.Delay(100);
        }
    }
}
