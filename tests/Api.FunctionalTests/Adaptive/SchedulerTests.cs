using AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;
using AdaptiveLearning.Api.Features.Scheduler.OptimizeScheduler;
using AdaptiveLearning.Api.Features.Scheduler.SimulateWorkload;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

public sealed class SchedulerTests : LearningTestBase
{
    private const string Facet = "bio__cells__parts__organelles";

    [Test]
    public async Task OptimisingANewLearnerKeepsTheDefaults()
    {
        var learner = await LearningApi.LearnerAsync("ada");

        var fit = await learner.PostJsonAsync(OptimizeSchedulerEndpoint.Route, new { });

        Assert.Multiple(() =>
        {
            Assert.That(fit.GetProperty("scope").GetString(), Is.EqualTo("defaults_kept"));
            Assert.That(fit.GetProperty("personalised").GetBoolean(), Is.False);
            Assert.That(fit.GetProperty("parameters").EnumerateArray().Select(p => p.GetDouble()), Is.EqualTo(FsrsParameters.Default.Values));
        });
    }

    [Test]
    public async Task OptimisingAfterEnoughReviewsFitsParametersOfMyOwnAndSchedulesWithThem()
    {
        // A learner who remembers far better than FSRS's defaults expect: first seen Good, recalled 20-40 days later.
        var ids = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(0, 120).Select(i => ContentSeed.Theory($"T{i}")).ToList());
        var learner = await LearningApi.LearnerAsync("ada");
        var start = new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero);
        Clock.UtcNow = start.AddDays(200);
        var random = new Random(11);
        var answers = ids.SelectMany((id, i) => new[]
        {
            Answer(id, start.AddMinutes(i), "good"),
            Answer(id, start.AddDays(20 + i % 20).AddMinutes(i), random.NextDouble() < 0.95 ? "good" : "again"),
        }).ToList();
        await learner.PostJsonAsync(SubmitAnswerBatchRequest.Route, new { answers });
        var probe = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Probe"));

        var fit = await learner.PostJsonAsync(OptimizeSchedulerEndpoint.Route, new { });
        var mine = await FirstStabilityAsync(learner, probe);
        var someoneElses = await FirstStabilityAsync(await LearningApi.LearnerAsync("bob"), probe);

        var parameters = fit.GetProperty("parameters").EnumerateArray().Select(p => p.GetDouble()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(fit.GetProperty("scope").GetString(), Is.EqualTo("initial_stabilities_only"));
            Assert.That(fit.GetProperty("scoredReviews").GetInt32(), Is.EqualTo(120));
            Assert.That(fit.GetProperty("personalised").GetBoolean(), Is.True);
            Assert.That(fit.GetProperty("logLoss").GetDouble(), Is.LessThan(fit.GetProperty("defaultLogLoss").GetDouble()));
            Assert.That(parameters[2], Is.GreaterThan(FsrsParameters.Default[2]), "w2, the stability after a first Good, grows");
            Assert.That(parameters.Skip(4), Is.EqualTo(FsrsParameters.Default.Values.Skip(4)), "only the initial stabilities move");
            Assert.That(mine, Is.GreaterThan(someoneElses), "my next new card is scheduled with my own w2");
        });
    }

    /// <summary>The stability a new card gets from a first Good answer.</summary>
    private static async Task<double> FirstStabilityAsync(HttpClient learner, long questionId)
    {
        var answer = await learner.AnswerAsync(await learner.StartAsync("learn"), questionId, rating: "good");
        return answer.GetProperty("card").GetProperty("stability").GetDouble();
    }

    [Test]
    public async Task SimulatingAHigherRetentionForecastsMoreReviews()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(0, 30).Select(i => ContentSeed.Theory($"T{i}")).ToList());
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("learn");
        foreach (var id in ids.Take(15))
            await learner.AnswerAsync(session, id, rating: "easy");

        var relaxed = await learner.PostJsonAsync(SimulateWorkloadRequest.Route, new { desiredRetention = 0.8, days = 90, newCardsPerDay = 5 });
        var strict = await learner.PostJsonAsync(SimulateWorkloadRequest.Route, new { desiredRetention = 0.95, days = 90, newCardsPerDay = 5 });
        var invalid = await learner.PostAsJsonAsync(Api.Route(SimulateWorkloadRequest.Route), new { desiredRetention = 1.5, days = 30 });

        Assert.Multiple(() =>
        {
            Assert.That(relaxed.GetProperty("days").GetArrayLength(), Is.EqualTo(90));
            Assert.That(relaxed.GetProperty("totalReviews").GetInt32(), Is.GreaterThan(0));
            Assert.That(strict.GetProperty("totalReviews").GetInt32(), Is.GreaterThan(relaxed.GetProperty("totalReviews").GetInt32()));
        });
        await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    private static object Answer(long questionId, DateTimeOffset at, string rating) =>
        new { clientAttemptId = Guid.NewGuid().ToString(), questionId, answeredAt = at, rating, timeSpentMs = 5000 };
}
