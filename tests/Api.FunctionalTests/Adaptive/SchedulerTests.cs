using AdaptiveLearning.Api.Features.Scheduler.OptimizeScheduler;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

using FsrsParameters = AdaptiveLearning.Domain.Scheduling.FsrsParameters;
using SimulateWorkloadRequest = AdaptiveLearning.Api.Features.Scheduler.SimulateWorkload.SimulateWorkloadRequest;
using SubmitAnswerBatchRequest = AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch.SubmitAnswerBatchRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

public sealed class SchedulerTests : LearningTestBase
{
    private const string Facet = "bio__cells__parts__organelles";

    [Test]
    public async Task OptimisingANewLearnerKeepsTheDefaults()
    {
        var learner = await LearningApi.LearnerAsync("ada");

        var fit = await learner.PostAsAsync<SchedulerParameters>(OptimizeSchedulerEndpoint.Route, new { });

        Assert.Multiple(() =>
        {
            Assert.That(fit.Scope, Is.EqualTo(FsrsFitScope.DefaultsKept));
            Assert.That(fit.Personalised, Is.False);
            Assert.That(fit.Parameters, Is.EqualTo(FsrsParameters.Default.Values));
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
            Answer(id, start.AddMinutes(i), Rating.Good),
            Answer(id, start.AddDays(20 + i % 20).AddMinutes(i), random.NextDouble() < 0.95 ? Rating.Good : Rating.Again),
        }).ToList();
        await learner.PostAsAsync<AnswerBatchResult>(SubmitAnswerBatchRequest.Route, new Wire.SubmitAnswerBatchRequest { Answers = answers });
        var probe = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Probe"));

        var fit = await learner.PostAsAsync<SchedulerParameters>(OptimizeSchedulerEndpoint.Route, new { });
        var mine = await FirstStabilityAsync(learner, probe);
        var someoneElses = await FirstStabilityAsync(await LearningApi.LearnerAsync("bob"), probe);

        var parameters = fit.Parameters;
        Assert.Multiple(() =>
        {
            Assert.That(fit.Scope, Is.EqualTo(FsrsFitScope.InitialStabilitiesOnly));
            Assert.That(fit.ScoredReviews, Is.EqualTo(120));
            Assert.That(fit.Personalised, Is.True);
            Assert.That(fit.LogLoss, Is.LessThan(fit.DefaultLogLoss ?? double.NegativeInfinity));
            Assert.That(parameters[2], Is.GreaterThan(FsrsParameters.Default[2]), "w2, the stability after a first Good, grows");
            Assert.That(parameters.Skip(4), Is.EqualTo(FsrsParameters.Default.Values.Skip(4)), "only the initial stabilities move");
            Assert.That(mine, Is.GreaterThan(someoneElses), "my next new card is scheduled with my own w2");
        });
    }

    /// <summary>The stability a new card gets from a first Good answer.</summary>
    private static async Task<double> FirstStabilityAsync(HttpClient learner, long questionId)
    {
        var answer = await learner.AnswerAsync(await learner.StartAsync(SessionMode.Learn), questionId, rating: Rating.Good);
        return answer.Card!.Stability ?? throw new AssertionException("a reviewed card has a stability");
    }

    [Test]
    public async Task SimulatingAHigherRetentionForecastsMoreReviews()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(0, 30).Select(i => ContentSeed.Theory($"T{i}")).ToList());
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Learn);
        foreach (var id in ids.Take(15))
            await learner.AnswerAsync(session, id, rating: Rating.Easy);

        var relaxed = await learner.PostAsAsync<WorkloadForecast>(SimulateWorkloadRequest.Route,
            new Wire.SimulateWorkloadRequest { DesiredRetention = 0.8, Days = 90, NewCardsPerDay = 5 });
        var strict = await learner.PostAsAsync<WorkloadForecast>(SimulateWorkloadRequest.Route,
            new Wire.SimulateWorkloadRequest { DesiredRetention = 0.95, Days = 90, NewCardsPerDay = 5 });
        var invalid = await learner.PostJsonAsync(SimulateWorkloadRequest.Route, new Wire.SimulateWorkloadRequest { DesiredRetention = 1.5, Days = 30 });

        Assert.Multiple(() =>
        {
            Assert.That(relaxed.Days, Has.Count.EqualTo(90));
            Assert.That(relaxed.TotalReviews, Is.GreaterThan(0));
            Assert.That(strict.TotalReviews, Is.GreaterThan(relaxed.TotalReviews));
        });
        await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    private static BatchAnswer Answer(long questionId, DateTimeOffset at, Rating rating) =>
        new() { ClientAttemptId = Guid.NewGuid().ToString(), QuestionId = questionId, AnsweredAt = at, Rating = rating, TimeSpentMs = 5000 };
}
