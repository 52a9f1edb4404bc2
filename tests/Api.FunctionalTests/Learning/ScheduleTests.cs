using System.Text.Json.Nodes;
using AdaptiveLearning.Api.Features.Cards.BuryCard;
using AdaptiveLearning.Api.Features.Cards.ListCards;
using AdaptiveLearning.Api.Features.Cards.ResetCard;
using AdaptiveLearning.Api.Features.Cards.SuspendCard;
using AdaptiveLearning.Api.Features.Cards.UnsuspendCard;
using AdaptiveLearning.Api.Features.Cards;
using AdaptiveLearning.Api.FunctionalTests.Security;
using AdaptiveLearning.Client.Models;
using Dapper;
using MySqlConnector;

using SetCardDueRequest = AdaptiveLearning.Api.Features.Cards.SetCardDue.SetCardDueRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

public sealed class ScheduleTests : LearningTestBase
{
    private const string Facet = "history__europe__modern__wars";

    [Test]
    public async Task DailyNewLimitHoldsUntilTheLearnersNextDayStarts()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(1, 6).Select(i => ContentSeed.Theory($"Q{i}")).ToList());
        // 22:30 in Berlin (UTC+1 in January), day starts at 04:00 local.
        Clock.UtcNow = new DateTimeOffset(2030, 1, 10, 21, 30, 0, TimeSpan.Zero);
        var learner = await LearningApi.LearnerAsync("ada", "Europe/Berlin", new LearningSettingsPatch { DailyNewLimit = 2, DayStartHour = 4 });
        var session = await learner.StartAsync(SessionMode.Learn);

        var evening = await learner.NextIdsAsync(session);
        foreach (var id in evening)
            await learner.AnswerAsync(session, id, rating: Rating.Easy);
        var afterLimit = await learner.NextIdsAsync(session);
        Clock.UtcNow = new DateTimeOffset(2030, 1, 11, 2, 59, 0, TimeSpan.Zero); // 03:59 local: still the same learner day
        var beforeDayStart = await learner.NextIdsAsync(session);
        Clock.UtcNow = new DateTimeOffset(2030, 1, 11, 3, 0, 0, TimeSpan.Zero); // 04:00 local: a new day
        var newDay = await learner.NextIdsAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(evening, Is.EqualTo(ids.Take(2)));
            Assert.That(afterLimit, Is.Empty);
            Assert.That(beforeDayStart, Is.Empty);
            Assert.That(newDay, Is.EqualTo(ids.Skip(2).Take(2)));
        });
    }

    [Test]
    public async Task DailyReviewLimitCapsReviewsButNotNewCards()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(1, 4).Select(i => ContentSeed.Theory($"Q{i}")).ToList());
        var learner = await LearningApi.LearnerAsync("ada", settings: new LearningSettingsPatch { DailyReviewLimit = 1, DailyNewLimit = 3 });
        var learn = await learner.StartAsync(SessionMode.Learn);
        foreach (var id in ids.Take(3))
            await learner.AnswerAsync(learn, id, rating: Rating.Easy);
        Clock.UtcNow += TimeSpan.FromDays(100);

        var practice = await learner.StartAsync(SessionMode.Practice);
        var next = await learner.NextAsync(practice);

        Assert.That(next.Select(i => i.Reason), Is.EqualTo(new[] { StudyReason.OverdueReview, StudyReason.New }));
    }

    [Test]
    public async Task AReviewDueTomorrowComesUpAtTheLearnersMidnightNotAtItsDueInstant()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Q"));
        // Tokyo (UTC+9), day starts at midnight; SM-2 graduates an Easy new card with a one-day interval.
        Clock.UtcNow = new DateTimeOffset(2030, 6, 1, 1, 0, 0, TimeSpan.Zero); // 10:00 June 1 in Tokyo
        var learner = await LearningApi.LearnerAsync("ada", "Asia/Tokyo", new LearningSettingsPatch { DayStartHour = 0, Scheduler = "sm2" });
        var session = await learner.StartAsync(SessionMode.Review);
        var answer = await learner.AnswerAsync(session, question, rating: Rating.Easy);

        Clock.UtcNow = new DateTimeOffset(2030, 6, 1, 14, 59, 0, TimeSpan.Zero); // 23:59 June 1 in Tokyo
        var lastMinute = await learner.NextAsync(session);
        Clock.UtcNow = new DateTimeOffset(2030, 6, 1, 15, 0, 0, TimeSpan.Zero); // 00:00 June 2 in Tokyo, 10 h before the due instant
        var nextDay = await learner.NextAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(answer.Card!.Due, Is.EqualTo(new DateTimeOffset(2030, 6, 2, 1, 0, 0, TimeSpan.Zero)));
            Assert.That(lastMinute, Is.Empty);
            Assert.That(nextDay, Has.Count.EqualTo(1));
            Assert.That(nextDay[0].Reason, Is.EqualTo(StudyReason.DueReview));
        });
    }

    [Test]
    public async Task EighthLapseTagsTheCardAsLeechAndSuspendsItWhenTheLearnerAsks()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Hard one"));
        var learner = await LearningApi.LearnerAsync("ada", settings: new LearningSettingsPatch { SuspendLeeches = true });
        var session = await learner.StartAsync(SessionMode.Practice);
        await learner.AnswerAsync(session, question, rating: Rating.Easy);
        AnswerResult answer = null!;
        for (var lapse = 1; lapse <= 8; lapse++)
        {
            Clock.UtcNow += TimeSpan.FromDays(30);
            answer = await learner.AnswerAsync(session, question, rating: Rating.Again);
            if (lapse == 7)
                Assert.That(answer.Card!.Leech, Is.False, "not yet after 7 lapses");
            Clock.UtcNow += TimeSpan.FromMinutes(15);
            await learner.AnswerAsync(session, question, rating: Rating.Easy);
        }
        var leeches = await learner.GetAsAsync<CardPage>(ListCardsRequest.Route + "?leech=true");
        // Written with the answer that made the leech, once; integrators get it as card.leeched.
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        var leeched = (await connection.QueryAsync<string>(
            "SELECT payload FROM outbox_events WHERE type = 'card.leeched' AND user_id = @UserId",
            new { UserId = (await SecurityClients.UserIdAsync("ada")).ToString() })).Select(p => JsonNode.Parse(p)!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(answer.Card!.Lapses, Is.EqualTo(8));
            Assert.That(answer.Card.Leech, Is.True);
            Assert.That(answer.Card.Suspended, Is.True);
            Assert.That(leeches.Items, Has.Count.EqualTo(1));
            Assert.That(leeched, Has.Count.EqualTo(1), "one card.leeched, for the eighth lapse only");
            Assert.That((long)leeched[0]["cardId"]!, Is.EqualTo(answer.Card.Id));
            Assert.That((int)leeched[0]["lapses"]!, Is.EqualTo(8));
            Assert.That((bool)leeched[0]["suspended"]!, Is.True);
        });
    }

    [Test]
    public async Task SuspendBuryResetAndSetDueChangeWhatIsOffered()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Theory("Q1"), ContentSeed.Theory("Q2")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);
        var card = (await learner.AnswerAsync(session, ids[0], rating: Rating.Easy)).Card!.Id;
        var other = (await learner.AnswerAsync(session, ids[1], rating: Rating.Easy)).Card!.Id;
        Clock.UtcNow += TimeSpan.FromDays(60);

        await learner.ChangeCardAsync(card, SuspendCardEndpoint.Action);
        await learner.ChangeCardAsync(other, BuryCardEndpoint.Action);
        var hidden = await learner.NextIdsAsync(session);
        await learner.ChangeCardAsync(card, UnsuspendCardEndpoint.Action);
        var moved = await learner.PostAsAsync<CardView>(SetCardDueRequest.Route.Replace("{id}", card.ToString()),
            new Wire.SetCardDueRequest { Due = Clock.UtcNow.AddDays(5) });
        var afterMove = await learner.NextIdsAsync(session);
        var reset = await learner.ChangeCardAsync(card, ResetCardEndpoint.Action);
        var afterReset = await learner.NextAsync(session);
        Clock.UtcNow += TimeSpan.FromDays(1);
        var tomorrow = await learner.NextIdsAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(hidden, Is.Empty, "one suspended, one buried");
            Assert.That(moved.Due, Is.EqualTo(Clock.UtcNow.AddDays(4)).Within(TimeSpan.FromSeconds(1)));
            Assert.That(afterMove, Is.Empty);
            Assert.That(reset.State, Is.EqualTo(CardState.New));
            Assert.That(afterReset[0].Reason, Is.EqualTo(StudyReason.New));
            Assert.That(tomorrow, Does.Contain(ids[1]), "a buried card is back the next day");
        });
    }

    [Test]
    public async Task CardListFiltersAndPagesWithACursor()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(1, 5).Select(i => ContentSeed.Theory($"Q{i}")).ToList());
        await ContentSeed.QuestionAsync("history__asia__modern__wars", ContentSeed.Theory("Elsewhere"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);
        foreach (var id in ids)
            await learner.AnswerAsync(session, id, rating: Rating.Easy);

        var page1 = await learner.GetAsAsync<CardPage>(ListCardsRequest.Route + "?state=review&node=history__europe&limit=3");
        var page2 = await learner.GetAsAsync<CardPage>(ListCardsRequest.Route + $"?state=review&node=history__europe&limit=3&cursor={page1.NextCursor}");
        var page2ByAfter = await learner.GetAsAsync<CardPage>(ListCardsRequest.Route + $"?state=review&node=history__europe&limit=3&after={page1.NextCursor}");
        var learning = await learner.GetAsAsync<CardPage>(ListCardsRequest.Route + "?state=learning");
        var badCursor = await learner.GetAsync(Api.Route(ListCardsRequest.Route + "?after=abc"));

        Assert.Multiple(() =>
        {
            Assert.That(page1.Items, Has.Count.EqualTo(3));
            Assert.That(page1.NextCursor, Is.Not.Null);
            Assert.That(page2.Items, Has.Count.EqualTo(2));
            Assert.That(page2.NextCursor, Is.Null, "the last page points nowhere");
            Assert.That(page2ByAfter.Items.Select(c => c.Id), Is.EqualTo(page2.Items.Select(c => c.Id)), "after is kept for existing clients");
            Assert.That(page1.Items[0].Retrievability, Is.InRange(0.9, 1.0));
            Assert.That(page1.Items[0].Stability, Is.GreaterThan(0));
            Assert.That(page1.Items[0].Difficulty, Is.InRange(1, 10));
            Assert.That(learning.Items, Is.Empty);
        });
        await badCursor.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
