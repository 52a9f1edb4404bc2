using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Api.FunctionalTests.Jobs;

public sealed class DurableJobTests : TestBase
{
    [Test]
    public async Task JobQueuedBeforeARestartRunsOnTheNextInstance()
    {
        var job = Counting();
        await using (var stopped = JobHosts.Start(worker: false))
            await JobHosts.Queue(stopped).EnqueueAsync(job, CancellationToken.None);
        Assert.That((await JobHosts.Queue().GetAsync(job.Id, CancellationToken.None))?.Status, Is.EqualTo(JobStatus.Queued));

        await using var restarted = JobHosts.Start(worker: true);
        var done = await JobHosts.WaitForAsync(job.Id, j => j.Status == JobStatus.Succeeded);

        Assert.That(CountingJobHandler.Runs[job.Id], Is.EqualTo(1));
        Assert.That(done.Result, Does.Contain("\"run\":1"));
    }

    [Test]
    public async Task JobWhoseInstanceDiedIsRunAgainOnceItsLeaseExpires()
    {
        var job = Counting();
        await using var survivor = JobHosts.Start(worker: true);
        await JobHosts.InsertClaimedByDeadInstanceAsync(job, attempts: 1, leaseLeft: TimeSpan.FromSeconds(1.5));

        await Task.Delay(500);
        Assert.That(CountingJobHandler.Runs.ContainsKey(job.Id), Is.False, "a job is not taken from an instance whose lease is still valid");
        var done = await JobHosts.WaitForAsync(job.Id, j => j.Status == JobStatus.Succeeded);
        await Task.Delay(TimeSpan.FromSeconds(2)); // longer than a lease: a second claim would have happened by now

        Assert.Multiple(() =>
        {
            Assert.That(CountingJobHandler.Runs[job.Id], Is.EqualTo(1));
            Assert.That(done.Attempts, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task JobRunningWhenItsInstanceStopsIsRequeuedAndFinishedByTheNextOne()
    {
        var job = Counting(holdMilliseconds: 3_000, maxAttempts: 1);
        await using (var stopping = JobHosts.Start(worker: true))
        {
            await JobHosts.Queue().EnqueueAsync(job, CancellationToken.None);
            await JobHosts.WaitForAsync(job.Id, j => j.Status == JobStatus.Running);
        }
        var released = await JobHosts.Queue().GetAsync(job.Id, CancellationToken.None);
        Assert.That((released?.Status, released?.Attempts), Is.EqualTo((JobStatus.Queued, 0)), "a stop gives the attempt back");

        await using var next = JobHosts.Start(worker: true);
        var done = await JobHosts.WaitForAsync(job.Id, j => j.Status is not (JobStatus.Queued or JobStatus.Running));

        Assert.Multiple(() =>
        {
            Assert.That(done.Status, Is.EqualTo(JobStatus.Succeeded));
            Assert.That(CountingJobHandler.Runs[job.Id], Is.EqualTo(2));
        });
    }

    [Test]
    public async Task JobWhoseInstanceDiedOnItsLastAttemptEndsInterrupted()
    {
        var job = Counting(maxAttempts: 2);
        await JobHosts.InsertClaimedByDeadInstanceAsync(job, attempts: 2, leaseLeft: TimeSpan.Zero);
        await using var survivor = JobHosts.Start(worker: true);

        var done = await JobHosts.WaitForAsync(job.Id, j => j.Status != JobStatus.Running);

        var gaveUp = await GaveUpAsync(job.Id);
        Assert.Multiple(() =>
        {
            Assert.That(done.Status, Is.EqualTo(JobStatus.Interrupted));
            Assert.That(done.FinishedAt, Is.Not.Null);
            Assert.That(CountingJobHandler.Runs.ContainsKey(job.Id), Is.False);
            Assert.That(gaveUp, Is.EqualTo(JobStatus.Interrupted));
        });
    }

    [Test]
    public async Task TwoInstancesNeverRunTheSameJobTwice()
    {
        var jobs = Enumerable.Range(0, 40).Select(_ => Counting(holdMilliseconds: 20)).ToList();
        await using var first = JobHosts.Start(worker: true);
        await using var second = JobHosts.Start(worker: true);

        foreach (var job in jobs)
            await JobHosts.Queue().EnqueueAsync(job, CancellationToken.None);
        foreach (var job in jobs)
            await JobHosts.WaitForAsync(job.Id, j => j.Status == JobStatus.Succeeded, seconds: 60);

        Assert.That(jobs.Select(j => CountingJobHandler.Runs[j.Id]), Is.All.EqualTo(1));
    }

    [Test]
    public async Task FailingJobIsRetriedWithBackoffUntilItSucceeds()
    {
        var job = Counting(failures: 2);
        await using var worker = JobHosts.Start(worker: true);
        await JobHosts.Queue().EnqueueAsync(job, CancellationToken.None);

        var done = await JobHosts.WaitForAsync(job.Id, j => j.Status is JobStatus.Succeeded or JobStatus.Failed);

        Assert.Multiple(() =>
        {
            Assert.That(done.Status, Is.EqualTo(JobStatus.Succeeded));
            Assert.That(done.Attempts, Is.EqualTo(3));
            Assert.That(CountingJobHandler.Runs[job.Id], Is.EqualTo(3));
        });
    }

    [Test]
    public async Task JobFailingOnEveryAttemptEndsFailed()
    {
        var job = Counting(failures: 5, maxAttempts: 2);
        await using var worker = JobHosts.Start(worker: true);
        await JobHosts.Queue().EnqueueAsync(job, CancellationToken.None);

        var done = await JobHosts.WaitForAsync(job.Id, j => j.Status is JobStatus.Succeeded or JobStatus.Failed);

        var gaveUp = await GaveUpAsync(job.Id);
        Assert.Multiple(() =>
        {
            Assert.That(done.Status, Is.EqualTo(JobStatus.Failed));
            Assert.That(done.ErrorMessage, Does.Contain("failing run 2"));
            Assert.That(CountingJobHandler.Runs[job.Id], Is.EqualTo(2));
            Assert.That(gaveUp, Is.EqualTo(JobStatus.Failed));
        });
    }

    [Test]
    public async Task CancelledQueuedJobNeverRuns()
    {
        var job = Counting();
        await JobHosts.Queue().EnqueueAsync(job, CancellationToken.None);

        var cancelled = await JobHosts.Queue().CancelAsync(job.Id, CancellationToken.None);
        await using var worker = JobHosts.Start(worker: true);
        await Task.Delay(500);

        var later = await JobHosts.Queue().GetAsync(job.Id, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(cancelled?.Status, Is.EqualTo(JobStatus.Cancelled));
            Assert.That(later?.Status, Is.EqualTo(JobStatus.Cancelled));
            Assert.That(CountingJobHandler.Runs.ContainsKey(job.Id), Is.False);
        });
    }

    [Test]
    public async Task CancelledRunningJobStopsAndEndsCancelled()
    {
        var job = Counting(holdMilliseconds: 60_000);
        await using var worker = JobHosts.Start(worker: true);
        await JobHosts.Queue().EnqueueAsync(job, CancellationToken.None);
        await JobHosts.WaitForAsync(job.Id, j => j.Status == JobStatus.Running);

        await JobHosts.Queue().CancelAsync(job.Id, CancellationToken.None);
        var done = await JobHosts.WaitForAsync(job.Id, j => j.Status != JobStatus.Running, seconds: 10);

        var gaveUp = await GaveUpAsync(job.Id);
        Assert.Multiple(() =>
        {
            Assert.That(done.Status, Is.EqualTo(JobStatus.Cancelled));
            Assert.That(gaveUp, Is.EqualTo(JobStatus.Cancelled));
        });
    }

    [Test]
    public async Task UnknownJobCannotBeCancelled() =>
        Assert.That(await JobHosts.Queue().CancelAsync(Guid.NewGuid(), CancellationToken.None), Is.Null);

    /// <summary>The job's row is final a moment before the worker tells its handler it gave up.</summary>
    private static async Task<JobStatus?> GaveUpAsync(Guid id)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(5); DateTime.UtcNow < deadline; await Task.Delay(20))
            if (CountingJobHandler.GaveUp.TryGetValue(id, out var status))
                return status;
        return null;
    }

    private static NewJob Counting(int holdMilliseconds = 0, int failures = 0, int maxAttempts = NewJob.DefaultMaxAttempts) =>
        new(Guid.NewGuid(), CountingJobHandler.JobKind, CountingJobHandler.Payload(holdMilliseconds, failures), maxAttempts);
}
