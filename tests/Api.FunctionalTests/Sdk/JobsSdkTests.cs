using AdaptiveLearning.Api.FunctionalTests.Jobs;
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary><c>WaitForCompletionAsync</c> turns a background job into one awaited call.</summary>
public sealed class JobsSdkTests : SdkTestBase
{
    [Test]
    public async Task WaitingForATrainingJobReturnsItFinishedEvenWhenItFailed()
    {
        await using var trainer = TrainingHosts.Start(TestEnvironment.ModelDirectory, trains: true);
        var admin = NewAdmin();
        var job = await admin.Models.TrainCorrectnessModelAsync();

        var finished = await admin.Models.WaitForCompletionAsync(job.Id, new JobPolling { Interval = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromSeconds(60) });

        Assert.That(finished.FinishedAt, Is.Not.Null);
        Assert.That(finished.Status, Is.AnyOf(TrainingJobStatus.Succeeded, TrainingJobStatus.Failed));
    }

    [Test]
    public async Task AJobThatNeverFinishesTimesOutWithTheTimeoutCode()
    {
        var stub = StubHandler.Json("""
            {"id": "6f1c2d7e-0000-4000-8000-000000000002", "status": "running", "fileCount": 1, "dryRun": false, "publish": true, "createdAt": "2026-11-30T10:00:00Z"}
            """);
        var client = StubbedClient(stub);

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => client.Imports.WaitForCompletionAsync(Guid.NewGuid(),
            new JobPolling { Interval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(1) }));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.Timeout));
        Assert.That(stub.Requests, Is.GreaterThan(1), "it polled more than once before giving up");
    }

    [Test]
    public async Task CancellingTheWaitStopsPolling()
    {
        var stub = StubHandler.Json("""
            {"id": "6f1c2d7e-0000-4000-8000-000000000003", "status": "queued", "fileCount": 1, "dryRun": false, "publish": true, "createdAt": "2026-11-30T10:00:00Z"}
            """);
        var client = StubbedClient(stub);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        Exception? caught = null;
        try
        {
            await client.Imports.WaitForCompletionAsync(Guid.NewGuid(), new JobPolling { Interval = TimeSpan.FromMilliseconds(20) }, cancel.Token);
        }
        catch (Exception e)
        {
            caught = e;
        }

        Assert.That(caught, Is.InstanceOf<OperationCanceledException>());
    }
}
