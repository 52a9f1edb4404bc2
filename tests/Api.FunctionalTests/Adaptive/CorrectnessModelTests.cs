using AdaptiveLearning.Api.Features.Models;
using AdaptiveLearning.Api.FunctionalTests.Learning;
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
        var learner = await LearnerAsync("ada");
        var admin = await AdaptiveClients.AdminAsync(_api);
        var session = await learner.StartAsync("learn");
        var before = (await learner.NextAsync(session))[0].GetProperty("score");

        var forbidden = await learner.PostAsync(Api.Route(ModelRoutes.TrainCorrectness), null);
        var first = await admin.TrainAsync();
        var status = await admin.GetJsonAsync(ModelRoutes.Correctness);
        var withModel = (await learner.NextAsync(session))[0].GetProperty("score");
        var second = await admin.TrainAsync();
        var withRetrained = (await learner.NextAsync(session))[0].GetProperty("score");

        await forbidden.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Multiple(() =>
        {
            Assert.That(before.GetProperty("predictionSource").GetString(), Is.Not.EqualTo("model"));
            Assert.That(before.TryGetProperty("modelVersion", out _), Is.False);
            Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("succeeded"), first.ToString());
            Assert.That(first.GetProperty("model").GetProperty("version").GetInt32(), Is.EqualTo(1));
            Assert.That(status.GetProperty("current").GetProperty("version").GetInt32(), Is.EqualTo(1));
            Assert.That(status.GetProperty("current").GetProperty("heldOutAuc").GetDouble(), Is.InRange(0.5, 1.0));
            Assert.That(withModel.GetProperty("predictionSource").GetString(), Is.EqualTo("model"));
            Assert.That(withModel.GetProperty("modelVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(withModel.GetProperty("factors").GetArrayLength(), Is.InRange(1, 3));
            Assert.That(withModel.GetProperty("factors")[0].GetProperty("feature").GetString(), Is.Not.Empty);
            Assert.That(second.GetProperty("model").GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(withRetrained.GetProperty("modelVersion").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task TrainingOnTooFewAttemptsFailsWithAStableCodeAndKeepsServingIrtOrBkt()
    {
        var admin = await AdaptiveClients.AdminAsync(_api);

        var job = await admin.TrainAsync();
        var status = await admin.GetJsonAsync(ModelRoutes.Correctness);

        Assert.Multiple(() =>
        {
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(job.GetProperty("errorCode").GetString(), Is.EqualTo("not_enough_data"));
            Assert.That(status.TryGetProperty("current", out _), Is.False);
            Assert.That(status.GetProperty("latestJob").GetProperty("id").GetGuid(), Is.EqualTo(job.GetProperty("id").GetGuid()));
        });
    }

    [Test]
    public async Task LearnersCannotReadModelsOrJobs()
    {
        var learner = await LearnerAsync("ada");

        var model = await learner.GetAsync(Api.Route(ModelRoutes.Correctness));
        var job = await learner.GetAsync(Api.Route(ModelRoutes.JobFor(Guid.NewGuid())));

        await model.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await job.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    private Task<HttpClient> LearnerAsync(string name) => AdaptiveClients.LearnerAsync(_api, name);
}
