using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class AnswersSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task SendingTheSameAnswerAgainCountsOnce()
    {
        var question = await SdkContent.PublishedMcqAsync(NewAdmin(), "Which sign warns?");
        var learner = await NewLearnerAsync("ann");
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Learn });
        var answer = new SubmitAnswerRequest { ClientAttemptId = "tap-1", QuestionId = question.Id, Selected = ["a"], TimeSpentMs = 3_000 };

        var first = await learner.Answers.SubmitAnswerAsync(session.Id, answer);
        var again = await learner.Answers.SubmitAnswerAsync(session.Id, answer);
        var counts = await learner.Sessions.GetSessionAsync(session.Id);

        Assert.Multiple(() =>
        {
            Assert.That(first.Duplicate, Is.False);
            Assert.That(again.Duplicate, Is.True);
            Assert.That(again.AttemptId, Is.EqualTo(first.AttemptId));
            Assert.That(counts.Answered, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SelfRatingTravelsBothWaysAsTheApiEnum()
    {
        var question = await SdkContent.PublishedTheoryAsync(NewAdmin(), "Describe a warning sign.");
        var learner = await NewLearnerAsync("amy");
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Learn });

        var result = await learner.Answers.SubmitAnswerAsync(session.Id, new SubmitAnswerRequest
        {
            ClientAttemptId = "theory-1",
            QuestionId = question.Id,
            Text = "A red triangle.",
            TimeSpentMs = 20_000,
            Rating = Rating.Easy,
        });

        Assert.Multiple(() =>
        {
            Assert.That(result.Rating, Is.EqualTo(Rating.Easy));
            Assert.That(result.RatingDerived, Is.False);
            Assert.That(result.ModelAnswer, Is.EqualTo("A triangle with a red border."));
            Assert.That(result.MatchedKeywords, Is.EquivalentTo(new[] { "triangle", "red" }));
        });
    }

    [Test]
    public async Task ASelfRatedQuestionShowsItsModelAnswerBeforeTheLearnerRates()
    {
        var admin = NewAdmin();
        var rubric = await SdkContent.PublishedTheoryAsync(admin, "Describe a warning sign.");
        var draft = await admin.Questions.CreateQuestionAsync(new CreateQuestionRequest
        {
            Path = SdkContent.Facet, Type = QuestionType.Theory, Text = "Why slow down near schools?", ModelAnswer = "Children may cross.",
        });
        var selfRated = await admin.Questions.PublishQuestionAsync(draft.Id);
        var learner = await NewLearnerAsync("ivy");
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Practice });

        var revealed = await learner.Sessions.RevealAnswerAsync(session.Id, selfRated.Id);
        var refused = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Sessions.RevealAnswerAsync(session.Id, rubric.Id));
        var stranger = await NewLearnerAsync("eve");
        var notYours = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => stranger.Sessions.RevealAnswerAsync(session.Id, selfRated.Id));
        var rated = await learner.Answers.SubmitAnswerAsync(session.Id, new SubmitAnswerRequest
        {
            ClientAttemptId = "reveal-1", QuestionId = selfRated.Id, Rating = Rating.Good, TimeSpentMs = 8_000,
        });

        Assert.Multiple(() =>
        {
            Assert.That(revealed.ModelAnswer, Is.EqualTo("Children may cross."));
            Assert.That(refused!.Code, Is.EqualTo(ErrorCodes.RuleViolated), "a keyword-graded answer is never shown before answering");
            Assert.That(notYours!.Code, Is.EqualTo(ErrorCodes.NotFound), "another learner's session does not exist for them");
            Assert.That(rated.Correct, Is.True, "Good means the learner recalled it");
        });
    }

    [Test]
    public async Task OfflineBatchRecordsEachAnswerOnceAndReportsFailuresPerAnswer()
    {
        var question = await SdkContent.PublishedMcqAsync(NewAdmin(), "Which sign warns?");
        var learner = await NewLearnerAsync("abe");
        var at = DateTimeOffset.UtcNow.AddMinutes(-30);

        var batch = await learner.Answers.SubmitAnswerBatchAsync(new SubmitAnswerBatchRequest
        {
            Answers =
            [
                new BatchAnswer { ClientAttemptId = "offline-1", QuestionId = question.Id, Selected = ["a"], AnsweredAt = at, TimeSpentMs = 4_000 },
                new BatchAnswer { ClientAttemptId = "offline-1", QuestionId = question.Id, Selected = ["a"], AnsweredAt = at, TimeSpentMs = 4_000 },
                new BatchAnswer { ClientAttemptId = "offline-2", QuestionId = question.Id + 1000, Selected = ["a"], AnsweredAt = at, TimeSpentMs = 4_000 },
            ],
        });

        Assert.Multiple(() =>
        {
            Assert.That((batch.Recorded, batch.Duplicates, batch.Failed), Is.EqualTo((1, 1, 1)));
            Assert.That(batch.Items.Single(i => i.Error is not null).Error!.Code, Is.EqualTo("question_unavailable"));
            Assert.That(batch.Items.First(i => i.ClientAttemptId == "offline-1").Result!.Correct, Is.True);
        });
    }
}
