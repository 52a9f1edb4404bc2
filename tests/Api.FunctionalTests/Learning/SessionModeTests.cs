using AdaptiveLearning.Api.Features.Cards;
using AdaptiveLearning.Api.Features.Sessions.NextQuestions;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

public sealed class SessionModeTests : LearningTestBase
{
    private const string Facet = "driving__signs__warning__shapes";

    [Test]
    public async Task LearnSessionOffersNewQuestionsWithoutAnswersThenCountsTheAnswers()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Mcq("Q1", "a"), ContentSeed.Mcq("Q2", "b")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Learn, ["driving"]);

        var nextBody = await learner.GetStringAsync(Api.Route(NextQuestionsRequest.For(session, 10)));
        var next = ApiJson.Deserialize<NextQuestions>(nextBody).Items;
        var first = next[0];
        var answer = await learner.AnswerAsync(session, ids[0], selected: ["a"]);
        await learner.AnswerAsync(session, ids[1], selected: ["a"]);
        var counts = await learner.SessionAsync(session);
        var summary = await learner.EndAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(next, Has.Count.EqualTo(2));
            Assert.That(first.Reason, Is.EqualTo(StudyReason.New));
            Assert.That(first.Question.Path, Is.EqualTo(Facet));
            Assert.That(first.Question.Options, Has.Count.EqualTo(4));
            Assert.That(nextBody, Does.Not.Contain("correctKeys").IgnoreCase.And.Not.Contain("\"correct\"").IgnoreCase
                .And.Not.Contain("explanation").IgnoreCase.And.Not.Contain("model answer").IgnoreCase.And.Not.Contain("modelAnswer").IgnoreCase,
                "the learner view never gives the answer away");
            Assert.That(answer.Correct, Is.True);
            Assert.That(answer.CorrectKeys![0], Is.EqualTo("a"));
            Assert.That(answer.Explanation, Is.EqualTo("Because the book says so."));
            Assert.That(answer.Card!.State, Is.EqualTo(CardState.Learning));
            Assert.That(answer.NextDue, Is.GreaterThan(Clock.UtcNow));
            Assert.That(counts.Answered, Is.EqualTo(2));
            Assert.That(counts.Correct, Is.EqualTo(1));
            Assert.That(summary.NewCardsLearned, Is.EqualTo(2));
            Assert.That(summary.EndedAt, Is.Not.EqualTo(default(DateTimeOffset)));
        });
    }

    [Test]
    public async Task ReviewSessionOffersOnlyDueCardsAndCountsLapses()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Mcq("Due", "a"), ContentSeed.Mcq("Never seen", "a")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var learn = await learner.StartAsync(SessionMode.Learn);
        await learner.AnswerAsync(learn, ids[0], selected: ["a"], rating: Rating.Easy); // graduates straight to review
        Clock.UtcNow += TimeSpan.FromDays(60);

        var review = await learner.StartAsync(SessionMode.Review);
        var next = await learner.NextAsync(review);
        await learner.AnswerAsync(review, ids[0], selected: ["b"]); // forgotten: a lapse
        var summary = await learner.EndAsync(review);

        Assert.Multiple(() =>
        {
            Assert.That(next, Has.Count.EqualTo(1), "the unseen question is not due");
            Assert.That(next[0].Question.Id, Is.EqualTo(ids[0]));
            Assert.That(next[0].Reason, Is.EqualTo(StudyReason.OverdueReview));
            Assert.That(summary.Lapses, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task PracticePutsOverdueReviewsFirstLowestRetrievabilityFirstThenNew()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet,
            [ContentSeed.Mcq("Old", "a"), ContentSeed.Mcq("Recent", "a"), ContentSeed.Mcq("New", "a")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var learn = await learner.StartAsync(SessionMode.Learn);
        var start = Clock.UtcNow;
        await learner.AnswerAsync(learn, ids[0], selected: ["a"], rating: Rating.Easy);
        Clock.UtcNow = start + TimeSpan.FromDays(10);
        await learner.AnswerAsync(learn, ids[1], selected: ["a"], rating: Rating.Easy);
        Clock.UtcNow = start + TimeSpan.FromDays(80);

        var practice = await learner.StartAsync(SessionMode.Practice);
        var next = await learner.NextAsync(practice);

        Assert.That(next.Select(i => (i.Question.Id, i.Reason)),
            Is.EqualTo(new[] { (ids[0], StudyReason.OverdueReview), (ids[1], StudyReason.OverdueReview), (ids[2], StudyReason.New) }));
    }

    [Test]
    public async Task MockTestHidesFeedbackUntilTheEndThenScores()
    {
        await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(1, 5).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        var learner = await LearningApi.LearnerAsync("ada");
        var mock = await learner.StartAsync(SessionMode.MockTest, limits: new SessionLimits { QuestionCount = 3 });

        var questions = await learner.NextIdsAsync(mock, 10);
        var answered = await learner.SendAnswerAsync(mock, questions[0], selected: ["a"]);
        var feedback = await answered.ReadAsAsync<AnswerResult>();
        var feedbackBody = await answered.Content.ReadAsStringAsync();
        await learner.AnswerAsync(mock, questions[1], selected: ["b"]);
        var remaining = await learner.NextIdsAsync(mock, 10);
        var during = await learner.SessionAsync(mock);
        var summary = await learner.EndAsync(mock);
        var afterEnd = await learner.SendAnswerAsync(mock, questions[2], selected: ["a"]);

        Assert.Multiple(() =>
        {
            Assert.That(questions, Has.Count.EqualTo(3), "a fixed number of questions");
            Assert.That(feedback.FeedbackHidden, Is.True);
            Assert.That(RawJson.PropertyNames(feedbackBody), Does.Not.Contain("correct").And.Not.Contain("correctKeys"),
                "a hidden answer is not sent at all");
            Assert.That(remaining, Is.EqualTo(new[] { questions[2] }));
            Assert.That(during.Correct, Is.Zero, "no score before the end");
            Assert.That(summary.Score, Is.EqualTo(1.0 / 3).Within(1e-4));
            Assert.That(summary.Results, Has.Count.EqualTo(3));
            Assert.That(summary.Results[1].CorrectKeys[0], Is.EqualTo("a"));
        });
        await afterEnd.AssertProblemAsync(HttpStatusCode.Conflict, "session_ended");
    }

    [Test]
    public async Task CramOffersEverythingInScopeAndLeavesTheScheduleAlone()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Mcq("Q1", "a"), ContentSeed.Mcq("Q2", "a")]);
        await ContentSeed.QuestionAsync("other__topic__leaf__facet", ContentSeed.Mcq("Out of scope", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var learn = await learner.StartAsync(SessionMode.Learn);
        var learned = await learner.AnswerAsync(learn, ids[0], selected: ["a"], rating: Rating.Easy);

        var cram = await learner.StartAsync(SessionMode.Cram, ["driving"]);
        var offered = await learner.NextIdsAsync(cram);
        var crammed = await learner.AnswerAsync(cram, ids[0], selected: ["b"]);
        var card = await learner.GetAsAsync<CardView>(CardRequest.For(learned.Card!.Id));
        var afterAnswer = await learner.NextIdsAsync(cram);

        Assert.Multiple(() =>
        {
            Assert.That(offered, Is.EquivalentTo(ids), "not due, still offered; out of scope never");
            Assert.That(crammed.Correct, Is.False);
            Assert.That(card.Reps, Is.EqualTo(1), "cram answers do not touch the card");
            Assert.That(card.Due, Is.EqualTo(learned.Card!.Due).And.Not.Null);
            Assert.That(afterAnswer, Is.EqualTo(new[] { ids[1] }));
        });
    }

    [Test]
    public async Task OnlyPublishedQuestionsUnderActiveNodesAreOffered()
    {
        var live = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Live", "a"));
        await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Draft", "a"), status: "draft");
        await ContentSeed.QuestionAsync("driving__retired__leaf__facet", ContentSeed.Mcq("Under an inactive subtopic", "a"));
        await ContentSeed.NodeAsync("driving__retired", active: false);
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);

        var offered = await learner.NextIdsAsync(session);

        Assert.That(offered, Is.EqualTo(new[] { live }));
    }
}
