namespace AdaptiveLearning.Api.FunctionalTests.Learning;

public sealed class SessionModeTests : LearningTestBase
{
    private const string Facet = "driving__signs__warning__shapes";

    [Test]
    public async Task LearnSessionOffersNewQuestionsWithoutAnswersThenCountsTheAnswers()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Mcq("Q1", "a"), ContentSeed.Mcq("Q2", "b")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("learn", ["driving"]);

        var next = await learner.NextAsync(session);
        var first = next[0];
        var answer = await learner.AnswerAsync(session, ids[0], selected: ["a"]);
        await learner.AnswerAsync(session, ids[1], selected: ["a"]);
        var counts = await learner.SessionAsync(session);
        var summary = await learner.EndAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(next.GetArrayLength(), Is.EqualTo(2));
            Assert.That(first.GetProperty("reason").GetString(), Is.EqualTo("new"));
            Assert.That(first.GetProperty("question").GetProperty("path").GetString(), Is.EqualTo(Facet));
            Assert.That(first.GetProperty("question").GetProperty("options").GetArrayLength(), Is.EqualTo(4));
            Assert.That(next.ToString(), Does.Not.Contain("correct").IgnoreCase.And.Not.Contain("explanation").IgnoreCase
                .And.Not.Contain("model answer").IgnoreCase, "the learner view never gives the answer away");
            Assert.That(answer.GetProperty("correct").GetBoolean(), Is.True);
            Assert.That(answer.GetProperty("correctKeys")[0].GetString(), Is.EqualTo("a"));
            Assert.That(answer.GetProperty("explanation").GetString(), Is.EqualTo("Because the book says so."));
            Assert.That(answer.GetProperty("card").GetProperty("state").GetString(), Is.EqualTo("learning"));
            Assert.That(answer.GetProperty("nextDue").GetDateTimeOffset(), Is.GreaterThan(Clock.UtcNow));
            Assert.That(counts.GetProperty("answered").GetInt32(), Is.EqualTo(2));
            Assert.That(counts.GetProperty("correct").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("newCardsLearned").GetInt32(), Is.EqualTo(2));
            Assert.That(summary.GetProperty("endedAt").ValueKind, Is.Not.EqualTo(System.Text.Json.JsonValueKind.Null));
        });
    }

    [Test]
    public async Task ReviewSessionOffersOnlyDueCardsAndCountsLapses()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Mcq("Due", "a"), ContentSeed.Mcq("Never seen", "a")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var learn = await learner.StartAsync("learn");
        await learner.AnswerAsync(learn, ids[0], selected: ["a"], rating: "easy"); // graduates straight to review
        Clock.UtcNow += TimeSpan.FromDays(60);

        var review = await learner.StartAsync("review");
        var next = await learner.NextAsync(review);
        await learner.AnswerAsync(review, ids[0], selected: ["b"]); // forgotten: a lapse
        var summary = await learner.EndAsync(review);

        Assert.Multiple(() =>
        {
            Assert.That(next.GetArrayLength(), Is.EqualTo(1), "the unseen question is not due");
            Assert.That(next[0].GetProperty("question").GetProperty("id").GetInt64(), Is.EqualTo(ids[0]));
            Assert.That(next[0].GetProperty("reason").GetString(), Is.EqualTo("overdue_review"));
            Assert.That(summary.GetProperty("lapses").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task PracticePutsOverdueReviewsFirstLowestRetrievabilityFirstThenNew()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet,
            [ContentSeed.Mcq("Old", "a"), ContentSeed.Mcq("Recent", "a"), ContentSeed.Mcq("New", "a")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var learn = await learner.StartAsync("learn");
        var start = Clock.UtcNow;
        await learner.AnswerAsync(learn, ids[0], selected: ["a"], rating: "easy");
        Clock.UtcNow = start + TimeSpan.FromDays(10);
        await learner.AnswerAsync(learn, ids[1], selected: ["a"], rating: "easy");
        Clock.UtcNow = start + TimeSpan.FromDays(80);

        var practice = await learner.StartAsync("practice");
        var next = await learner.NextAsync(practice);

        Assert.That(next.EnumerateArray().Select(i => (i.GetProperty("question").GetProperty("id").GetInt64(), i.GetProperty("reason").GetString())),
            Is.EqualTo(new[] { (ids[0], "overdue_review"), (ids[1], "overdue_review"), (ids[2], "new") }));
    }

    [Test]
    public async Task MockTestHidesFeedbackUntilTheEndThenScores()
    {
        await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(1, 5).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        var learner = await LearningApi.LearnerAsync("ada");
        var mock = await learner.StartAsync("mock_test", limits: new { questionCount = 3 });

        var questions = await learner.NextIdsAsync(mock, 10);
        var feedback = await learner.AnswerAsync(mock, questions[0], selected: ["a"]);
        await learner.AnswerAsync(mock, questions[1], selected: ["b"]);
        var remaining = await learner.NextIdsAsync(mock, 10);
        var during = await learner.SessionAsync(mock);
        var summary = await learner.EndAsync(mock);
        var afterEnd = await learner.SendAnswerAsync(mock, questions[2], selected: ["a"]);

        Assert.Multiple(() =>
        {
            Assert.That(questions, Has.Count.EqualTo(3), "a fixed number of questions");
            Assert.That(feedback.GetProperty("feedbackHidden").GetBoolean(), Is.True);
            Assert.That(feedback.TryGetProperty("correct", out _), Is.False);
            Assert.That(feedback.TryGetProperty("correctKeys", out _), Is.False);
            Assert.That(remaining, Is.EqualTo(new[] { questions[2] }));
            Assert.That(during.GetProperty("correct").GetInt32(), Is.Zero, "no score before the end");
            Assert.That(summary.GetProperty("score").GetDouble(), Is.EqualTo(1.0 / 3).Within(1e-4));
            Assert.That(summary.GetProperty("results").GetArrayLength(), Is.EqualTo(3));
            Assert.That(summary.GetProperty("results")[1].GetProperty("correctKeys")[0].GetString(), Is.EqualTo("a"));
        });
        await afterEnd.AssertProblemAsync(HttpStatusCode.Conflict, "session_ended");
    }

    [Test]
    public async Task CramOffersEverythingInScopeAndLeavesTheScheduleAlone()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Mcq("Q1", "a"), ContentSeed.Mcq("Q2", "a")]);
        await ContentSeed.QuestionAsync("other__topic__leaf__facet", ContentSeed.Mcq("Out of scope", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var learn = await learner.StartAsync("learn");
        var learned = await learner.AnswerAsync(learn, ids[0], selected: ["a"], rating: "easy");

        var cram = await learner.StartAsync("cram", ["driving"]);
        var offered = await learner.NextIdsAsync(cram);
        var crammed = await learner.AnswerAsync(cram, ids[0], selected: ["b"]);
        var card = await learner.GetJsonAsync(Features.Cards.CardRequest.For(learned.GetProperty("card").GetProperty("id").GetInt64()));
        var afterAnswer = await learner.NextIdsAsync(cram);

        Assert.Multiple(() =>
        {
            Assert.That(offered, Is.EquivalentTo(ids), "not due, still offered; out of scope never");
            Assert.That(crammed.GetProperty("correct").GetBoolean(), Is.False);
            Assert.That(card.GetProperty("reps").GetInt32(), Is.EqualTo(1), "cram answers do not touch the card");
            Assert.That(card.GetProperty("due").GetDateTimeOffset(), Is.EqualTo(learned.GetProperty("card").GetProperty("due").GetDateTimeOffset()));
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
        var session = await learner.StartAsync("practice");

        var offered = await learner.NextIdsAsync(session);

        Assert.That(offered, Is.EqualTo(new[] { live }));
    }
}
