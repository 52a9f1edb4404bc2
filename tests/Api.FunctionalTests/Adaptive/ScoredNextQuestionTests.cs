using AdaptiveLearning.Api.Features.Progress.GetAbility;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

public sealed class ScoredNextQuestionTests : LearningTestBase
{
    private const string Alpha = "lang__grammar__verbs__alpha";
    private const string Beta = "lang__grammar__verbs__beta";

    [Test]
    public async Task LearnPrefersNewQuestionsOfTheFacetWithTheLargerMasteryGap()
    {
        var alpha = await ContentSeed.QuestionsAsync(Alpha, Enumerable.Range(0, 5).Select(i => ContentSeed.Mcq($"A{i}", "a")).ToList());
        var beta = await ContentSeed.QuestionsAsync(Beta, Enumerable.Range(0, 3).Select(i => ContentSeed.Mcq($"B{i}", "a")).ToList());
        var learner = await LearningApi.LearnerAsync("ada");
        var practice = await learner.StartAsync(SessionMode.Practice);
        foreach (var id in alpha.Take(3))
            await learner.AnswerAsync(practice, id, selected: ["a"], rating: Rating.Easy);

        var learn = await learner.StartAsync(SessionMode.Learn);
        var next = await learner.NextAsync(learn, 4);
        var ids = next.Select(i => i.Question.Id).ToList();
        var scores = next.Select(i => i.Score!).ToList();

        Assert.Multiple(() =>
        {
            // The bank order would offer alpha first; beta, where nothing is known yet, has the larger mastery gap.
            Assert.That(ids.Take(3), Is.EquivalentTo(beta));
            Assert.That(ids[3], Is.EqualTo(alpha[3]));
            Assert.That(next.Select(i => i.Reason), Is.All.EqualTo(StudyReason.New));
            Assert.That(scores, Has.None.Null, "learn scores every question it offers");
            Assert.That(scores[0].MasteryGap, Is.GreaterThan(scores[3].MasteryGap));
            Assert.That(scores.Select(s => s.Total), Is.Ordered.Descending);
            foreach (var score in scores)
            {
                foreach (var (part, value) in Parts(score))
                    Assert.That(value, Is.InRange(0.0, 1.0), part);
                Assert.That(score.PredictionSource, Is.EqualTo(PredictionSource.Bkt), "no model and no calibrated items yet");
                Assert.That(score.Factors, Is.Null);
            }
        });
    }

    [Test]
    public async Task PracticeScoresDueReviewsWithUrgencyAndReviewStaysUnscored()
    {
        var ids = await ContentSeed.QuestionsAsync(Alpha, [ContentSeed.Mcq("Old", "a"), ContentSeed.Mcq("New", "a")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var learn = await learner.StartAsync(SessionMode.Learn);
        await learner.AnswerAsync(learn, ids[0], selected: ["a"], rating: Rating.Easy);
        Clock.UtcNow += TimeSpan.FromDays(60);

        var practice = await learner.NextAsync(await learner.StartAsync(SessionMode.Practice));
        var review = await learner.NextAsync(await learner.StartAsync(SessionMode.Review));

        Assert.Multiple(() =>
        {
            Assert.That(practice[0].Reason, Is.EqualTo(StudyReason.OverdueReview));
            Assert.That(practice[0].Score?.Urgency, Is.EqualTo(1.0));
            Assert.That(practice[1].Score?.Urgency, Is.Zero, "a new question is not urgent");
            Assert.That(review[0].Score, Is.Null, "review stays schedule-driven");
        });
    }

    [Test]
    public async Task ALearnerNeverSeesAnotherLearnersAbility()
    {
        var ids = await ContentSeed.QuestionsAsync(Alpha, [ContentSeed.Mcq("Q", "a")]);
        var ada = await LearningApi.LearnerAsync("ada");
        var bob = await LearningApi.LearnerAsync("bob");
        await ada.AnswerAsync(await ada.StartAsync(SessionMode.Practice), ids[0], selected: ["a"]);

        var adas = await ada.GetAsAsync<AbilityReport>(GetAbilityEndpoint.Route);
        var bobs = await bob.GetAsAsync<AbilityReport>(GetAbilityEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(adas.Topics[0].Responses, Is.EqualTo(1));
            Assert.That(bobs.Topics, Is.Empty);
        });
    }

    private static IEnumerable<(string Part, double Value)> Parts(QuestionScore score) =>
    [
        (nameof(score.Urgency), score.Urgency), (nameof(score.MasteryGap), score.MasteryGap),
        (nameof(score.DifficultyMatch), score.DifficultyMatch), (nameof(score.Exploration), score.Exploration),
        (nameof(score.SuccessProbability), score.SuccessProbability),
    ];
}
