using AdaptiveLearning.Api.Features.Cards.UndoAnswer;
using AdaptiveLearning.Api.Features.Cards;
using AdaptiveLearning.Api.Features.Users.GetReviewLog;
using AdaptiveLearning.Client.Models;

using BatchAnswer = AdaptiveLearning.Client.Models.BatchAnswer;
using ReviewLogRow = AdaptiveLearning.Client.Models.ReviewLogRow;
using SubmitAnswerBatchRequest = AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch.SubmitAnswerBatchRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

public sealed class AnswerTests : LearningTestBase
{
    private const string Facet = "maths__algebra__linear__solving";

    [Test]
    public async Task AnsweringTwiceWithSameClientIdCountsOnceAndReturnsTheFirstResult()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);

        var first = await learner.AnswerAsync(session, question, selected: ["a"], clientAttemptId: "tap-1");
        var again = await learner.AnswerAsync(session, question, selected: ["b"], clientAttemptId: "tap-1");
        var counts = await learner.SessionAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(again.Duplicate, Is.True);
            Assert.That(again.AttemptId, Is.EqualTo(first.AttemptId));
            Assert.That(again.Correct, Is.True, "the first answer's grading stands");
            Assert.That(again.Card!.Reps, Is.EqualTo(1));
            Assert.That(counts.Answered, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task MultipleCorrectOptionsNeedAllAndOnlyTheCorrectKeys()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Pick two", "a", "c"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Cram);

        var partial = await learner.AnswerAsync(session, question, selected: ["a"]);
        var extra = await learner.AnswerAsync(session, question, selected: ["a", "b", "c"]);
        var exact = await learner.AnswerAsync(session, question, selected: ["c", "a"]);
        var unknown = await learner.SendAnswerAsync(session, question, selected: ["z"]);

        Assert.Multiple(() =>
        {
            Assert.That(partial.Correct, Is.False);
            Assert.That(extra.Correct, Is.False);
            Assert.That(exact.Correct, Is.True);
            Assert.That(exact.Rating, Is.EqualTo(Rating.Good), "derived from correctness and time");
            Assert.That(exact.OptionExplanations![0].Key, Is.EqualTo("a"));
        });
        await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task TheoryIsGradedByRubricKeywordsOrBySelfRating()
    {
        var rubric = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Why?", "gravity", "mass"));
        var selfRated = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Explain."));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);

        var byRubric = await learner.AnswerAsync(session, rubric, text: "Because of GRAVITY pulling things down.");
        var bySelf = await learner.AnswerAsync(session, selfRated, text: "...", rating: Rating.Again);
        var noRating = await learner.SendAnswerAsync(session, selfRated, text: "...");

        Assert.Multiple(() =>
        {
            Assert.That(byRubric.Correct, Is.True, "half of the keywords is enough");
            Assert.That(byRubric.Grading, Is.EqualTo(GradingMethod.Rubric));
            Assert.That(byRubric.MatchedKeywords![0], Is.EqualTo("gravity"));
            Assert.That(byRubric.ModelAnswer, Is.EqualTo("The model answer."));
            Assert.That(bySelf.Correct, Is.False);
            Assert.That(bySelf.Grading, Is.EqualTo(GradingMethod.SelfRating));
        });
        var problem = await noRating.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.FieldErrors(), Does.Contain("rating"), "the missing field is named in errors, not only in detail");
    }

    [Test]
    public async Task EveryOfferedQuestionSaysHowItIsAnsweredAndGradedWithoutRevealingTheKey()
    {
        var single = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("One?", "a"));
        var multiple = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Two?", "a", "b"));
        var rubric = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Why?", "gravity"));
        var selfRated = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Explain."));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);

        var offered = (await learner.NextAsync(session, 10)).ToDictionary(i => i.Question.Id, i => i.Question);

        Assert.Multiple(() =>
        {
            Assert.That((offered[single].MultipleCorrect, offered[single].GradingMode), Is.EqualTo((false, GradingMode.Auto)));
            Assert.That((offered[multiple].MultipleCorrect, offered[multiple].GradingMode), Is.EqualTo((true, GradingMode.Auto)));
            Assert.That((offered[rubric].MultipleCorrect, offered[rubric].GradingMode), Is.EqualTo((false, GradingMode.Rubric)));
            Assert.That((offered[selfRated].MultipleCorrect, offered[selfRated].GradingMode), Is.EqualTo((false, GradingMode.SelfRated)));
        });
    }

    [Test]
    public async Task BatchAppliesEachCardsAnswersInAnsweredAtOrderAndIgnoresDuplicates()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Q"));
        var learner = await LearningApi.LearnerAsync("ada");
        var t0 = Clock.UtcNow - TimeSpan.FromDays(3);
        BatchAnswer Item(string id, Rating rating, TimeSpan after) =>
            new() { ClientAttemptId = id, QuestionId = question, Rating = rating, AnsweredAt = t0 + after, TimeSpentMs = 1000 };

        // Sent newest first: the server must still apply again (t0), good (t0+1d), easy (t0+2d).
        var response = await learner.PostAsAsync<AnswerBatchResult>(SubmitAnswerBatchRequest.Route, new Wire.SubmitAnswerBatchRequest
        {
            Answers =
            [
                Item("c", Rating.Easy, TimeSpan.FromDays(2)), Item("a", Rating.Again, TimeSpan.Zero), Item("b", Rating.Good, TimeSpan.FromDays(1)),
                Item("a", Rating.Again, TimeSpan.Zero), new() { ClientAttemptId = "x", QuestionId = 999_999L, Rating = Rating.Good, AnsweredAt = t0, TimeSpentMs = 1 },
            ],
        });
        var items = response.Items;
        var cardId = items[0].Result!.Card!.Id;
        var log = await learner.GetAsAsync<List<ReviewLogRow>>(GetReviewLogRequest.Route + "?format=json");

        Assert.Multiple(() =>
        {
            Assert.That(response.Recorded, Is.EqualTo(3));
            Assert.That(response.Duplicates, Is.EqualTo(1));
            Assert.That(response.Failed, Is.EqualTo(1));
            Assert.That(items[4].Error!.Code, Is.EqualTo("question_unavailable"));
            Assert.That(items[0].Result!.Card!.Reps, Is.EqualTo(3), "the latest answer saw both earlier ones");
            Assert.That(items[1].Result!.Card!.Reps, Is.EqualTo(1));
            Assert.That(log.Select(r => r.Review_rating), Is.EqualTo(new[] { 1, 3, 4 }));
            Assert.That(log.All(r => r.Card_id == cardId));
        });
    }

    [Test]
    public async Task UndoRestoresTheCardFromBeforeTheLastAnswer()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);
        var first = await learner.AnswerAsync(session, question, selected: ["a"], rating: Rating.Good);
        Clock.UtcNow += TimeSpan.FromMinutes(11);
        var second = await learner.AnswerAsync(session, question, selected: ["a"], rating: Rating.Easy);
        var cardId = second.Card!.Id;

        var undone = await learner.ChangeCardAsync(cardId, UndoAnswerEndpoint.Action);
        var undoneAgain = await learner.ChangeCardAsync(cardId, UndoAnswerEndpoint.Action);
        var nothingLeft = await learner.PostJsonAsync(CardRequest.For(cardId, UndoAnswerEndpoint.Action), new { });
        var counts = await learner.SessionAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(second.Card!.State, Is.EqualTo(CardState.Review));
            Assert.That(undone.State, Is.EqualTo(CardState.Learning));
            Assert.That(undone.Due, Is.EqualTo(first.Card!.Due).And.Not.Null);
            Assert.That(undone.Reps, Is.EqualTo(1));
            Assert.That(undoneAgain.State, Is.EqualTo(CardState.New));
            Assert.That(counts.Answered, Is.Zero, "undone answers no longer count");
        });
        await nothingLeft.AssertProblemAsync(HttpStatusCode.Conflict, "nothing_to_undo");
    }

    [Test]
    public async Task TwoSimultaneousAnswersToOneCardNeverLoseAnUpdate()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Cram);
        var practice = await learner.StartAsync(SessionMode.Practice);

        for (var round = 0; round < 5; round++)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => learner.SendAnswerAsync(practice, question, selected: ["a"])));
            foreach (var answer in answers)
                Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), await answer.Content.ReadAsStringAsync());
        }
        var results = await learner.AnswerAsync(session, question, selected: ["a"]);
        var card = await learner.GetAsAsync<CardView>(CardRequest.For(results.Card!.Id));
        var chainBreaks = await ContentSeed.ScalarAsync("""
            SELECT COUNT(*) FROM attempts a JOIN attempts b ON b.card_id = a.card_id AND b.id = (
                SELECT MIN(id) FROM attempts n WHERE n.card_id = a.card_id AND n.id > a.id AND n.affects_schedule = 1)
            WHERE a.affects_schedule = 1 AND JSON_EXTRACT(a.card_after, '$.memory.reps') <> JSON_EXTRACT(b.card_before, '$.memory.reps')
            """);

        Assert.Multiple(() =>
        {
            Assert.That(card.Reps, Is.EqualTo(20), "20 concurrent answers, 20 reviews");
            Assert.That(chainBreaks, Is.Zero, "every attempt starts from the state the previous one left");
        });
    }

    [Test]
    public async Task ANewVersionOfAQuestionKeepsItsCardAndAttemptsRecordTheVersionSeen()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);
        var before = await learner.AnswerAsync(session, question, selected: ["a"]);
        await ContentSeed.ReviseAsync(question, ContentSeed.Mcq("Q, reworded", "b"));

        var after = await learner.AnswerAsync(session, question, selected: ["b"]);
        var repeat = await learner.AnswerAsync(session, question, selected: ["a"], clientAttemptId: before.ClientAttemptId);

        Assert.Multiple(() =>
        {
            Assert.That(after.QuestionVersion, Is.EqualTo(2));
            Assert.That(after.Correct, Is.True);
            Assert.That(after.Card!.Id, Is.EqualTo(before.Card!.Id));
            Assert.That(after.Card.Reps, Is.EqualTo(2));
            Assert.That(repeat.QuestionVersion, Is.EqualTo(1));
            Assert.That(repeat.CorrectKeys![0], Is.EqualTo("a"), "feedback of the version answered");
        });
    }
}
