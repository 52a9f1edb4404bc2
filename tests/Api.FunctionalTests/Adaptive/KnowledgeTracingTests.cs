using AdaptiveLearning.Api.Features.Models;
using AdaptiveLearning.Api.Features.Progress.GetProgress;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

public sealed class KnowledgeTracingTests : LearningTestBase
{
    private const string Facet = "chem__bonds__ionic__salts";

    [Test]
    public async Task FittingBktFromTheLogChangesMasteryInProgressAndCalibratesItems()
    {
        var questions = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(0, 10).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        await AttemptSeed.RaschLogAsync(questions, learners: 30, seed: 5);
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);
        await learner.AnswerAsync(session, questions[0], selected: ["a"]);
        await learner.AnswerAsync(session, questions[1], selected: ["a"]);
        var admin = await LearningApi.AdminAsync();
        var withDefaults = await MasteryAsync(learner);

        var forbidden = await learner.PostAsync(Api.Route(ModelRoutes.FitTracing), null);
        var fit = await admin.PostAsAsync<KnowledgeTracingFit>(ModelRoutes.FitTracing, new { });
        var withFitted = await MasteryAsync(learner);
        var calibrated = await ContentSeed.ScalarAsync("SELECT COUNT(*) FROM questions WHERE irt_calibrated = 1");
        var bkt = await ContentSeed.ScalarAsync("SELECT COUNT(*) FROM bkt_parameters");

        await forbidden.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Multiple(() =>
        {
            Assert.That(fit.Attempts, Is.EqualTo(302));
            Assert.That(fit.FacetsFitted, Is.EqualTo(1));
            Assert.That(fit.ItemsCalibrated, Is.EqualTo(10));
            Assert.That(calibrated, Is.EqualTo(10));
            Assert.That(bkt, Is.EqualTo(1));
            Assert.That(withDefaults, Is.InRange(0.01, 0.99));
            Assert.That(withFitted, Is.Not.EqualTo(withDefaults).Within(1e-4), "mastery now comes from the fitted parameters");
        });
    }

    private static async Task<double> MasteryAsync(HttpClient learner) =>
        (await learner.GetAsAsync<ProgressReport>(GetProgressRequest.Route + "?node=chem")).Node.Mastery;
}
