using AdaptiveLearning.Api.Features.Models;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

public sealed class CorrectnessModelTests : PrivateModelHostTestBase
{
    [Test]
    public async Task TrainingThroughTheAdminEndpointSwapsInEachNewVersionWithoutARestart()
    {
        var questions = await ContentSeed.QuestionsAsync("geo__maps__scale__ratios",
            Enumerable.Range(0, 20).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        await AttemptSeed.RaschLogAsync(questions, learners: 30, seed: 7);
        var learner = await Api.LearnerAsync("ada", Host);
        var admin = await Api.AdminAsync(Host);
        var session = await learner.StartAsync(SessionMode.Learn);
        var before = (await learner.NextAsync(session))[0].Score!;

        var forbidden = await learner.PostAsync(Api.Route(ModelRoutes.TrainCorrectness), null);
        var first = await ModelTraining.TrainAsync(admin);
        var status = await admin.GetAsAsync<CorrectnessModelStatus>(ModelRoutes.Correctness);
        var withModel = (await learner.NextAsync(session))[0].Score!;
        var second = await ModelTraining.TrainAsync(admin);
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
        var admin = await Api.AdminAsync(Host);

        var job = await ModelTraining.TrainAsync(admin);
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
        var learner = await Api.LearnerAsync("ada", Host);

        var model = await learner.GetAsync(Api.Route(ModelRoutes.Correctness));
        var job = await learner.GetAsync(Api.Route(ModelRoutes.JobFor(Guid.NewGuid())));

        await model.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await job.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }
}
