using AdaptiveLearning.Api.Features.Models;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

/// <summary>Each test runs its own API host with an empty model directory, so "no model yet" is a fact, not a hope.</summary>
public sealed class CorrectnessModelTests : LearningTestBase
{
    private WebApplicationFactory<Program> _api = null!;

    [SetUp]
    public void StartPrivateHost()
    {
        var directory = Path.Combine(Path.GetTempPath(), "adaptive-models-" + Guid.NewGuid().ToString("N"));
        _api = LearningApi.Factory.WithWebHostBuilder(b => b.UseSetting("Adaptive:Models:Directory", directory));
    }

    [TearDown]
    public async Task StopPrivateHostAsync() => await _api.DisposeAsync();

    [Test]
    public async Task TrainingThroughTheAdminEndpointSwapsInEachNewVersionWithoutARestart()
    {
        var questions = await ContentSeed.QuestionsAsync("geo__maps__scale__ratios",
            Enumerable.Range(0, 20).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        await AttemptSeed.RaschLogAsync(questions, learners: 30, seed: 7);
        var learner = await Api.LearnerAsync("ada", _api);
        var admin = await Api.AdminAsync(_api);
        var session = await learner.StartAsync(SessionMode.Learn);
        var before = (await learner.NextAsync(session))[0].Score!;

        var forbidden = await learner.PostAsync(Api.Route(ModelRoutes.TrainCorrectness), null);
        var first = await TrainAsync(admin);
        var status = await admin.GetAsAsync<CorrectnessModelStatus>(ModelRoutes.Correctness);
        var withModel = (await learner.NextAsync(session))[0].Score!;
        var second = await TrainAsync(admin);
        var withRetrained = (await learner.NextAsync(session))[0].Score!;

        await forbidden.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Multiple(() =>
        {
            Assert.That(before.PredictionSource, Is.Not.EqualTo(PredictionSource.Model));
            Assert.That(before.ModelVersion, Is.Null);
            Assert.That(first.Status, Is.EqualTo(TrainingJobStatus.Succeeded), $"{first.ErrorCode}: {first.Error}");
            Assert.That(first.Model!.Version, Is.EqualTo(1));
            Assert.That(status.Current!.Version, Is.EqualTo(1));
            Assert.That(status.Current.HeldOutAuc, Is.InRange(0.5, 1.0));
            Assert.That(withModel.PredictionSource, Is.EqualTo(PredictionSource.Model));
            Assert.That(withModel.ModelVersion, Is.EqualTo(1));
            Assert.That(withModel.Factors, Has.Count.InRange(1, 3));
            Assert.That(withModel.Factors![0].Feature, Is.Not.Empty);
            Assert.That(second.Model!.Version, Is.EqualTo(2));
            Assert.That(withRetrained.ModelVersion, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task TrainingOnTooFewAttemptsFailsWithAStableCodeAndKeepsServingIrtOrBkt()
    {
        var admin = await Api.AdminAsync(_api);

        var job = await TrainAsync(admin);
        var status = await admin.GetAsAsync<CorrectnessModelStatus>(ModelRoutes.Correctness);

        Assert.Multiple(() =>
        {
            Assert.That(job.Status, Is.EqualTo(TrainingJobStatus.Failed));
            Assert.That(job.ErrorCode, Is.EqualTo("not_enough_data"));
            Assert.That(status.Current, Is.Null);
            Assert.That(status.LatestJob!.Id, Is.EqualTo(job.Id));
        });
    }

    [Test]
    public async Task LearnersCannotReadModelsOrJobs()
    {
        var learner = await Api.LearnerAsync("ada", _api);

        var model = await learner.GetAsync(Api.Route(ModelRoutes.Correctness));
        var job = await learner.GetAsync(Api.Route(ModelRoutes.JobFor(Guid.NewGuid())));

        await model.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await job.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    /// <summary>Starts a training job and polls it until it finishes; returns the finished job.</summary>
    private static async Task<TrainingJob> TrainAsync(HttpClient admin)
    {
        var started = await admin.PostJsonAsync(ModelRoutes.TrainCorrectness);
        var job = await started.ReadAsAsync<TrainingJob>(HttpStatusCode.Accepted);
        var location = started.Headers.Location!.ToString();
        for (var poll = 0; poll < 600; poll++)
        {
            if (job.Status is TrainingJobStatus.Succeeded or TrainingJobStatus.Failed)
                return job;
            await Task.Delay(100);
            job = await (await admin.GetAsync(location)).ReadAsAsync<TrainingJob>();
        }

        Assert.Fail("The training job did not finish within a minute.");
        return job;
    }
}
