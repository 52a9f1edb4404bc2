using AdaptiveLearning.Api.Features.Cards;
using AdaptiveLearning.Api.Features.Cards.BuryCard;
using AdaptiveLearning.Api.Features.Cards.ListCards;
using AdaptiveLearning.Api.Features.Cards.ResetCard;
using AdaptiveLearning.Api.Features.Cards.SuspendCard;
using AdaptiveLearning.Api.Features.Cards.UnsuspendCard;
using AdaptiveLearning.Api.Features.Cards.SetCardDue;

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
        var learner = await LearningApi.LearnerAsync("ada", "Europe/Berlin", new { dailyNewLimit = 2, dayStartHour = 4 });
        var session = await learner.StartAsync("learn");

        var evening = await learner.NextIdsAsync(session);
        foreach (var id in evening)
            await learner.AnswerAsync(session, id, rating: "easy");
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
        var learner = await LearningApi.LearnerAsync("ada", settings: new { dailyReviewLimit = 1, dailyNewLimit = 3 });
        var learn = await learner.StartAsync("learn");
        foreach (var id in ids.Take(3))
            await learner.AnswerAsync(learn, id, rating: "easy");
        Clock.UtcNow += TimeSpan.FromDays(100);

        var practice = await learner.StartAsync("practice");
        var next = await learner.NextAsync(practice);

        Assert.That(next.EnumerateArray().Select(i => i.GetProperty("reason").GetString()), Is.EqualTo(new[] { "overdue_review", "new" }));
    }

    [Test]
    public async Task AReviewDueTomorrowComesUpAtTheLearnersMidnightNotAtItsDueInstant()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Q"));
        // Tokyo (UTC+9), day starts at midnight; SM-2 graduates an Easy new card with a one-day interval.
        Clock.UtcNow = new DateTimeOffset(2030, 6, 1, 1, 0, 0, TimeSpan.Zero); // 10:00 June 1 in Tokyo
        var learner = await LearningApi.LearnerAsync("ada", "Asia/Tokyo", new { dayStartHour = 0, scheduler = "sm2" });
        var session = await learner.StartAsync("review");
        var answer = await learner.AnswerAsync(session, question, rating: "easy");

        Clock.UtcNow = new DateTimeOffset(2030, 6, 1, 14, 59, 0, TimeSpan.Zero); // 23:59 June 1 in Tokyo
        var lastMinute = await learner.NextAsync(session);
        Clock.UtcNow = new DateTimeOffset(2030, 6, 1, 15, 0, 0, TimeSpan.Zero); // 00:00 June 2 in Tokyo, 10 h before the due instant
        var nextDay = await learner.NextAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(answer.GetProperty("card").GetProperty("due").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2030, 6, 2, 1, 0, 0, TimeSpan.Zero)));
            Assert.That(lastMinute.GetArrayLength(), Is.Zero);
            Assert.That(nextDay.GetArrayLength(), Is.EqualTo(1));
            Assert.That(nextDay[0].GetProperty("reason").GetString(), Is.EqualTo("due_review"));
        });
    }

    [Test]
    public async Task EighthLapseTagsTheCardAsLeechAndSuspendsItWhenTheLearnerAsks()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Theory("Hard one"));
        var learner = await LearningApi.LearnerAsync("ada", settings: new { suspendLeeches = true });
        var session = await learner.StartAsync("practice");
        await learner.AnswerAsync(session, question, rating: "easy");
        System.Text.Json.JsonElement answer = default;
        for (var lapse = 1; lapse <= 8; lapse++)
        {
            Clock.UtcNow += TimeSpan.FromDays(30);
            answer = await learner.AnswerAsync(session, question, rating: "again");
            if (lapse == 7)
                Assert.That(answer.GetProperty("card").GetProperty("leech").GetBoolean(), Is.False, "not yet after 7 lapses");
            Clock.UtcNow += TimeSpan.FromMinutes(15);
            await learner.AnswerAsync(session, question, rating: "easy");
        }
        var leeches = await learner.GetJsonAsync(ListCardsRequest.Route + "?leech=true");

        Assert.Multiple(() =>
        {
            Assert.That(answer.GetProperty("card").GetProperty("lapses").GetInt32(), Is.EqualTo(8));
            Assert.That(answer.GetProperty("card").GetProperty("leech").GetBoolean(), Is.True);
            Assert.That(answer.GetProperty("card").GetProperty("suspended").GetBoolean(), Is.True);
            Assert.That(leeches.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SuspendBuryResetAndSetDueChangeWhatIsOffered()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Theory("Q1"), ContentSeed.Theory("Q2")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("practice");
        var card = (await learner.AnswerAsync(session, ids[0], rating: "easy")).GetProperty("card").GetProperty("id").GetInt64();
        var other = (await learner.AnswerAsync(session, ids[1], rating: "easy")).GetProperty("card").GetProperty("id").GetInt64();
        Clock.UtcNow += TimeSpan.FromDays(60);

        await learner.PostJsonAsync(CardRequest.For(card, SuspendCardEndpoint.Action), new { });
        await learner.PostJsonAsync(CardRequest.For(other, BuryCardEndpoint.Action), new { });
        var hidden = await learner.NextIdsAsync(session);
        await learner.PostJsonAsync(CardRequest.For(card, UnsuspendCardEndpoint.Action), new { });
        var moved = await learner.PostJsonAsync(SetCardDueRequest.Route.Replace("{id}", card.ToString()), new { due = Clock.UtcNow.AddDays(5) });
        var afterMove = await learner.NextIdsAsync(session);
        var reset = await learner.PostJsonAsync(CardRequest.For(card, ResetCardEndpoint.Action), new { });
        var afterReset = await learner.NextAsync(session);
        Clock.UtcNow += TimeSpan.FromDays(1);
        var tomorrow = await learner.NextIdsAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(hidden, Is.Empty, "one suspended, one buried");
            Assert.That(moved.GetProperty("due").GetDateTimeOffset(), Is.EqualTo(Clock.UtcNow.AddDays(4)).Within(TimeSpan.FromSeconds(1)));
            Assert.That(afterMove, Is.Empty);
            Assert.That(reset.GetProperty("state").GetString(), Is.EqualTo("new"));
            Assert.That(afterReset[0].GetProperty("reason").GetString(), Is.EqualTo("new"));
            Assert.That(tomorrow, Does.Contain(ids[1]), "a buried card is back the next day");
        });
    }

    [Test]
    public async Task CardListFiltersAndPagesWithACursor()
    {
        var ids = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(1, 5).Select(i => ContentSeed.Theory($"Q{i}")).ToList());
        await ContentSeed.QuestionAsync("history__asia__modern__wars", ContentSeed.Theory("Elsewhere"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("practice");
        foreach (var id in ids)
            await learner.AnswerAsync(session, id, rating: "easy");

        var page1 = await learner.GetJsonAsync(ListCardsRequest.Route + "?state=review&node=history__europe&limit=3");
        var page2 = await learner.GetJsonAsync(ListCardsRequest.Route + $"?state=review&node=history__europe&limit=3&after={page1.GetProperty("nextCursor").GetString()}");
        var learning = await learner.GetJsonAsync(ListCardsRequest.Route + "?state=learning");
        var badCursor = await learner.GetAsync(Api.Route(ListCardsRequest.Route + "?after=abc"));

        Assert.Multiple(() =>
        {
            Assert.That(page1.GetProperty("items").GetArrayLength(), Is.EqualTo(3));
            Assert.That(page2.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
            Assert.That(page2.TryGetProperty("nextCursor", out _), Is.False);
            Assert.That(page1.GetProperty("items")[0].GetProperty("retrievability").GetDouble(), Is.InRange(0.9, 1.0));
            Assert.That(page1.GetProperty("items")[0].GetProperty("stability").GetDouble(), Is.GreaterThan(0));
            Assert.That(page1.GetProperty("items")[0].GetProperty("difficulty").GetDouble(), Is.InRange(1, 10));
            Assert.That(learning.GetProperty("items").GetArrayLength(), Is.Zero);
        });
        await badCursor.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
