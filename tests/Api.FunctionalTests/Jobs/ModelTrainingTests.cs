using AdaptiveLearning.Api.Features.Models;
using AdaptiveLearning.Api.FunctionalTests.Adaptive;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Client.Models;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

using TrainingJobKind = AdaptiveLearning.Application.Models.CorrectnessTrainingJob;

namespace AdaptiveLearning.Api.FunctionalTests.Jobs;

/// <summary>Training runs as a durable job: any instance sees it, one instance runs it, and a dead instance's run is taken over.</summary>
public sealed class ModelTrainingTests : TestBase
{
    [Test]
    public async Task TrainingQueuedOnOneInstanceRunsOnAnotherAndEveryInstanceServesTheModel()
    {
        await SeedAttemptsAsync();
        var directory = TrainingHosts.NewModelDirectory();
        await using var front = TrainingHosts.Start(directory, trains: false);
        await using var trainer = TrainingHosts.Start(directory, trains: true);
        var frontAdmin = await Api.AdminAsync(front);
        var trainerAdmin = await Api.AdminAsync(trainer);

        var started = await frontAdmin.PostJsonAsync(ModelRoutes.TrainCorrectness);
        var queued = await started.ReadAsAsync<TrainingJob>(HttpStatusCode.Accepted);
        var seenElsewhere = await trainerAdmin.GetAsAsync<TrainingJob>(ModelRoutes.JobFor(queued.Id));
        var done = await PollAsync(frontAdmin, ModelRoutes.JobFor(queued.Id), (TrainingJob j) => j.FinishedAt is not null);
        var servedByFront = await PollAsync(frontAdmin, ModelRoutes.Correctness, (CorrectnessModelStatus s) => s.Current is not null);
        var servedByTrainer = await trainerAdmin.GetAsAsync<CorrectnessModelStatus>(ModelRoutes.Correctness);

        Assert.Multiple(() =>
        {
            Assert.That(seenElsewhere.Id, Is.EqualTo(queued.Id));
            Assert.That(seenElsewhere.Trigger, Is.EqualTo("admin"));
            Assert.That(done.Status, Is.EqualTo(TrainingJobStatus.Succeeded), $"{done.ErrorCode}: {done.Error}");
            Assert.That(done.Model!.Version, Is.EqualTo(1));
            Assert.That(servedByTrainer.Current!.Version, Is.EqualTo(1));
            Assert.That(servedByFront.Current!.Version, Is.EqualTo(1), "the instance that did not train loads the model from the shared directory");
            Assert.That(servedByFront.LatestJob!.Id, Is.EqualTo(queued.Id));
        });
    }

    [Test]
    public async Task TrainingWhoseInstanceDiedMidRunIsTrainedOnceByAnotherInstance()
    {
        await SeedAttemptsAsync();
        var directory = TrainingHosts.NewModelDirectory();
        HttpResponseMessage accepted;
        await using (var dying = TrainingHosts.Start(directory, trains: false, s => s.AddSingleton<IJobQueue, DeadInstanceJobQueue>()))
            accepted = await (await Api.AdminAsync(dying)).PostJsonAsync(ModelRoutes.TrainCorrectness);
        var id = (await accepted.ReadAsAsync<TrainingJob>(HttpStatusCode.Accepted)).Id;

        await using var survivor = TrainingHosts.Start(directory, trains: true);
        var job = await JobHosts.WaitForAsync(id, j => j.Status is not (JobStatus.Queued or JobStatus.Running), seconds: 90);
        await Task.Delay(TimeSpan.FromSeconds(2)); // longer than a lease: a second claim would have happened by now
        var admin = await Api.AdminAsync(survivor);
        var training = await admin.GetAsAsync<TrainingJob>(ModelRoutes.JobFor(id));
        var status = await admin.GetAsAsync<CorrectnessModelStatus>(ModelRoutes.Correctness);

        Assert.Multiple(() =>
        {
            Assert.That(job.Status, Is.EqualTo(JobStatus.Succeeded), job.ErrorMessage);
            Assert.That(job.Attempts, Is.EqualTo(2), "the dead instance's attempt and the survivor's");
            Assert.That(training.Status, Is.EqualTo(TrainingJobStatus.Succeeded));
            Assert.That(training.Model!.Version, Is.EqualTo(1));
            Assert.That(status.StoredVersions, Is.EqualTo(new[] { 1 }), "trained exactly once");
            Assert.That(status.Current!.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ConcurrentTrainRequestsOnTwoInstancesShareOneQueuedJob()
    {
        await using var second = TrainingHosts.Start(TestEnvironment.ModelDirectory, trains: false);
        HttpClient[] admins = [await Api.AdminAsync(), await Api.AdminAsync(second)];

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(i => admins[i % 2].PostAsync(Api.Route(ModelRoutes.TrainCorrectness), null)));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.ReadAsAsync<TrainingJob>(HttpStatusCode.Accepted)).Id));

        var rows = await TrainingJobRowsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
            Assert.That(rows, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task InstancesThatSeeEnoughNewAttemptsAtOnceQueueOneRetraining()
    {
        await SeedAttemptsAsync();
        var retrain = new Dictionary<string, string> { ["Adaptive:Models:AutoRetrain"] = "true" };
        var directory = TrainingHosts.NewModelDirectory();

        await using var first = TrainingHosts.Start(directory, trains: false, settings: retrain);
        await using var second = TrainingHosts.Start(directory, trains: false, settings: retrain);
        await Task.Delay(TimeSpan.FromSeconds(3)); // three polls each

        var rows = await TrainingJobRowsAsync();
        var latest = await JobHosts.Queue().LatestAsync(TrainingJobKind.Kind, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EqualTo(1));
            Assert.That(latest is null ? null : TrainingJobKind.Read(latest).Trigger, Is.EqualTo(TrainingJobKind.NewAttemptsTrigger));
        });
    }

    private static async Task SeedAttemptsAsync()
    {
        var questions = await ContentSeed.QuestionsAsync("geo__maps__scale__ratios",
            [.. Enumerable.Range(0, 20).Select(i => ContentSeed.Mcq($"Q{i}", "a"))]);
        await AttemptSeed.RaschLogAsync(questions, learners: 30, seed: 11);
    }

    private static async Task<T> PollAsync<T>(HttpClient client, string route, Func<T, bool> done)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(90); ; await Task.Delay(100))
        {
            var value = await client.GetAsAsync<T>(route);
            if (done(value) || DateTime.UtcNow > deadline)
                return value;
        }
    }

    private static async Task<long> TrainingJobRowsAsync()
    {
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE kind = @Kind", new { TrainingJobKind.Kind });
    }
}
