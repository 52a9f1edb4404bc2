using System.Text.Json;
using AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;
using AdaptiveLearning.Api.Features.Cards;
using AdaptiveLearning.Api.Features.Cards.UndoAnswer;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

public sealed class AnswerTests : LearningTestBase
{
    private const string Facet = "maths__algebra__linear__solving";

    [Test]
    public async Task AnsweringTwiceWithSameClientIdCountsOnceAndReturnsTheFirstResult()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("practice");

        var first = await learner.AnswerAsync(session, question, selected: ["a"], clientAttemptId: "tap-1");
        var again = await learner.AnswerAsync(session, question, selected: ["b"], clientAttemptId: "tap-1");
        var counts = await learner.SessionAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(again.GetProperty("duplicate").GetBoolean(), Is.True);
            Assert.That(again.GetProperty("attemptId").GetInt64(), Is.EqualTo(first.GetProperty("attemptId").GetInt64()));
            Assert.That(again.GetProperty("correct").GetBoolean(), Is.True, "the first answer's grading stands");
            Assert.That(again.GetProperty("card").GetProperty("reps").GetInt32(), Is.EqualTo(1));
            Assert.That(counts.GetProperty("answered").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task MultipleCorrectOptionsNeedAllAndOnlyTheCorrectKeys()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Pick two", "a", "c"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("cram");

        var partial = await learner.AnswerAsync(session, question, selected: ["a"]);
        var extra = await learner.AnswerAsync(session, question, selected: ["a", "b", "c"]);
        var exact = await learner.AnswerAsync(session, question, selected: ["c", "a"]);
        var unknown = await learner.SendAnswerAsync(session, question, selected: ["z"]);

        Assert.Multiple(() =>
        {
            Assert.That(partial.GetProperty("correct").GetBoolean(), Is.False);
            Assert.That(extra.GetProperty("correct").GetBoolean(), Is.False);
            Assert.That(exact.GetProperty("correct").GetBoolean(), Is.True);
            Assert.That(exact.GetProperty("rating").GetString(), Is.EqualTo("good"), "derived from correctness and time");
            Assert.That(exact.GetProperty("optionExplanations")[0].GetProperty("key").GetString(), Is.EqualTo("a"));
        });
        await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task TheoryIsGradedByRubricKeywordsOrBySelfRating()
    {
        var rubric = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Why?", "gravity", "mass"));
        var selfRated = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Explain."));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("practice");

        var byRubric = await learner.AnswerAsync(session, rubric, text: "Because of GRAVITY pulling things down.");
        var bySelf = await learner.AnswerAsync(session, selfRated, text: "...", rating: "again");
        var noRating = await learner.SendAnswerAsync(session, selfRated, text: "...");

        Assert.Multiple(() =>
        {
            Assert.That(byRubric.GetProperty("correct").GetBoolean(), Is.True, "half of the keywords is enough");
            Assert.That(byRubric.GetProperty("grading").GetString(), Is.EqualTo("rubric"));
            Assert.That(byRubric.GetProperty("matchedKeywords")[0].GetString(), Is.EqualTo("gravity"));
            Assert.That(byRubric.GetProperty("modelAnswer").GetString(), Is.EqualTo("The model answer."));
            Assert.That(bySelf.GetProperty("correct").GetBoolean(), Is.False);
            Assert.That(bySelf.GetProperty("grading").GetString(), Is.EqualTo("self_rating"));
        });
        await noRating.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task BatchAppliesEachCardsAnswersInAnsweredAtOrderAndIgnoresDuplicates()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Q"));
        var learner = await LearningApi.LearnerAsync("ada");
        var t0 = Clock.UtcNow - TimeSpan.FromDays(3);
        object Item(string id, string rating, TimeSpan after) =>
            new { clientAttemptId = id, questionId = question, rating, answeredAt = t0 + after, timeSpentMs = 1000 };

        // Sent newest first: the server must still apply again (t0), good (t0+1d), easy (t0+2d).
        var response = await learner.PostJsonAsync(SubmitAnswerBatchRequest.Route, new
        {
            answers = new[]
            {
                Item("c", "easy", TimeSpan.FromDays(2)), Item("a", "again", TimeSpan.Zero), Item("b", "good", TimeSpan.FromDays(1)),
                Item("a", "again", TimeSpan.Zero), new { clientAttemptId = "x", questionId = 999_999L, rating = "good", answeredAt = t0, timeSpentMs = 1 },
            },
        });
        var items = response.GetProperty("items");
        var cardId = items[0].GetProperty("result").GetProperty("card").GetProperty("id").GetInt64();
        var log = await learner.GetJsonAsync(Features.Users.GetReviewLog.GetReviewLogRequest.Route + "?format=json");

        Assert.Multiple(() =>
        {
            Assert.That(response.GetProperty("recorded").GetInt32(), Is.EqualTo(3));
            Assert.That(response.GetProperty("duplicates").GetInt32(), Is.EqualTo(1));
            Assert.That(response.GetProperty("failed").GetInt32(), Is.EqualTo(1));
            Assert.That(items[4].GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("question_unavailable"));
            Assert.That(items[0].GetProperty("result").GetProperty("card").GetProperty("reps").GetInt32(), Is.EqualTo(3),
                "the latest answer saw both earlier ones");
            Assert.That(items[1].GetProperty("result").GetProperty("card").GetProperty("reps").GetInt32(), Is.EqualTo(1));
            Assert.That(log.EnumerateArray().Select(r => r.GetProperty("review_rating").GetInt32()), Is.EqualTo(new[] { 1, 3, 4 }));
            Assert.That(log.EnumerateArray().All(r => r.GetProperty("card_id").GetInt64() == cardId));
        });
    }

    [Test]
    public async Task UndoRestoresTheCardFromBeforeTheLastAnswer()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("practice");
        var first = await learner.AnswerAsync(session, question, selected: ["a"], rating: "good");
        Clock.UtcNow += TimeSpan.FromMinutes(11);
        var second = await learner.AnswerAsync(session, question, selected: ["a"], rating: "easy");
        var cardId = second.GetProperty("card").GetProperty("id").GetInt64();

        var undone = await learner.PostJsonAsync(CardRequest.For(cardId, UndoAnswerEndpoint.Action), new { });
        var undoneAgain = await learner.PostJsonAsync(CardRequest.For(cardId, UndoAnswerEndpoint.Action), new { });
        var nothingLeft = await learner.PostAsJsonAsync(Api.Route(CardRequest.For(cardId, UndoAnswerEndpoint.Action)), new { });
        var counts = await learner.SessionAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(second.GetProperty("card").GetProperty("state").GetString(), Is.EqualTo("review"));
            Assert.That(undone.GetProperty("state").GetString(), Is.EqualTo("learning"));
            Assert.That(undone.GetProperty("due").GetDateTimeOffset(), Is.EqualTo(first.GetProperty("card").GetProperty("due").GetDateTimeOffset()));
            Assert.That(undone.GetProperty("reps").GetInt32(), Is.EqualTo(1));
            Assert.That(undoneAgain.GetProperty("state").GetString(), Is.EqualTo("new"));
            Assert.That(counts.GetProperty("answered").GetInt32(), Is.Zero, "undone answers no longer count");
        });
        await nothingLeft.AssertProblemAsync(HttpStatusCode.Conflict, "nothing_to_undo");
    }

    [Test]
    public async Task TwoSimultaneousAnswersToOneCardNeverLoseAnUpdate()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("cram");
        var practice = await learner.StartAsync("practice");

        for (var round = 0; round < 5; round++)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => learner.SendAnswerAsync(practice, question, selected: ["a"])));
            foreach (var answer in answers)
                Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), await answer.Content.ReadAsStringAsync());
        }
        var results = await learner.AnswerAsync(session, question, selected: ["a"]);
        var card = await learner.GetJsonAsync(CardRequest.For(results.GetProperty("card").GetProperty("id").GetInt64()));
        var chainBreaks = await ContentSeed.ScalarAsync("""
            SELECT COUNT(*) FROM attempts a JOIN attempts b ON b.card_id = a.card_id AND b.id = (
                SELECT MIN(id) FROM attempts n WHERE n.card_id = a.card_id AND n.id > a.id AND n.affects_schedule = 1)
            WHERE a.affects_schedule = 1 AND JSON_EXTRACT(a.card_after, '$.memory.reps') <> JSON_EXTRACT(b.card_before, '$.memory.reps')
            """);

        Assert.Multiple(() =>
        {
            Assert.That(card.GetProperty("reps").GetInt32(), Is.EqualTo(20), "20 concurrent answers, 20 reviews");
            Assert.That(chainBreaks, Is.Zero, "every attempt starts from the state the previous one left");
        });
    }

    [Test]
    public async Task ANewVersionOfAQuestionKeepsItsCardAndAttemptsRecordTheVersionSeen()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("practice");
        var before = await learner.AnswerAsync(session, question, selected: ["a"]);
        await ContentSeed.ReviseAsync(question, ContentSeed.Mcq("Q, reworded", "b"));

        var after = await learner.AnswerAsync(session, question, selected: ["b"]);
        var repeat = await learner.AnswerAsync(session, question, selected: ["a"], clientAttemptId: before.GetProperty("clientAttemptId").GetString());

        Assert.Multiple(() =>
        {
            Assert.That(after.GetProperty("questionVersion").GetInt32(), Is.EqualTo(2));
            Assert.That(after.GetProperty("correct").GetBoolean(), Is.True);
            Assert.That(after.GetProperty("card").GetProperty("id").GetInt64(), Is.EqualTo(before.GetProperty("card").GetProperty("id").GetInt64()));
            Assert.That(after.GetProperty("card").GetProperty("reps").GetInt32(), Is.EqualTo(2));
            Assert.That(repeat.GetProperty("questionVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(repeat.GetProperty("correctKeys")[0].GetString(), Is.EqualTo("a"), "feedback of the version answered");
        });
    }
}
