using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Client.Models;
using Microsoft.Extensions.DependencyInjection;

using StartImportRequest = AdaptiveLearning.Api.Features.Imports.StartImport.StartImportRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Jobs;

public sealed class ImportJobRecoveryTests : TestBase
{
    private const string Questions = """
        [
          { "id": "rec-1", "type": "mcq", "question": "2 + 2?", "options": { "A": "3", "B": "4" }, "correct_answer": "B" },
          { "id": "rec-2", "type": "theory", "question": "Why?", "model_answer": "Because." }
        ]
        """;

    [Test]
    public async Task ImportWhoseInstanceDiedMidRunIsRunOnceMoreByAnotherInstance()
    {
        HttpResponseMessage accepted;
        await using (var dying = JobHosts.Start(worker: false, s => s.AddSingleton<IJobQueue, DeadInstanceJobQueue>()))
        {
            var admin = await Api.AdminAsync(dying);
            accepted = await admin.PostJsonAsync(StartImportRequest.Route, new Wire.StartImportRequest
            {
                Files = [new() { Name = "math__basics__sums__set-01.json", Content = Questions }],
                Publish = true,
            });
        }
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await accepted.Content.ReadAsStringAsync());
        var id = (await accepted.ReadAsAsync<ImportJobView>(HttpStatusCode.Accepted)).Id;

        // The fixture's instance runs imports: it takes the job over once the dead instance's lease runs out.
        var job = await JobHosts.WaitForAsync(id, j => j.Status is not (JobStatus.Queued or JobStatus.Running));
        var import = await (await (await Api.AdminAsync()).GetAsync(accepted.Headers.Location!.ToString())).ReadAsAsync<ImportJobView>();

        Assert.Multiple(() =>
        {
            Assert.That(job.Status, Is.EqualTo(JobStatus.Succeeded), job.ErrorMessage);
            Assert.That(job.Attempts, Is.EqualTo(2));
            Assert.That(import.Status, Is.EqualTo(ImportJobStatus.Succeeded));
            Assert.That(import.Report?.Total.Created, Is.EqualTo(2));
            Assert.That(import.Report?.Total.Unchanged, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task ImportWhoseInstanceDiedOnItsLastAttemptEndsInterruptedNotStuck()
    {
        HttpResponseMessage accepted;
        await using (var dying = JobHosts.Start(worker: false, s => s.AddSingleton<IJobQueue>(new DeadInstanceJobQueue(onLastAttempt: true))))
        {
            var starter = await Api.AdminAsync(dying);
            accepted = await starter.PostJsonAsync(StartImportRequest.Route, new Wire.StartImportRequest
            {
                Files = [new() { Name = "math__basics__sums__set-01.json", Content = Questions }],
            });
        }
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await accepted.Content.ReadAsStringAsync());
        var id = (await accepted.ReadAsAsync<ImportJobView>(HttpStatusCode.Accepted)).Id;

        var job = await JobHosts.WaitForAsync(id, j => j.Status is not (JobStatus.Queued or JobStatus.Running));
        // The worker records the outcome on the import row right after it ends the job.
        var admin = await Api.AdminAsync();
        async Task<ImportJobView> ReadAsync() => await (await admin.GetAsync(accepted.Headers.Location!.ToString())).ReadAsAsync<ImportJobView>();
        var import = await ReadAsync();
        for (var i = 0; i < 50 && import.FinishedAt is null; i++)
        {
            await Task.Delay(100);
            import = await ReadAsync();
        }

        Assert.Multiple(() =>
        {
            Assert.That(job.Status, Is.EqualTo(JobStatus.Interrupted));
            Assert.That(import.Status, Is.EqualTo(ImportJobStatus.Interrupted));
            Assert.That(import.Error, Does.Contain("stopped on its last attempt"));
        });
    }
}
