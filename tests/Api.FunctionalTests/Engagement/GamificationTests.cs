using AdaptiveLearning.Api.Features.Users.ExportMe;
using AdaptiveLearning.Api.Features.Users.DeleteMe;
using AdaptiveLearning.Api.Features.Users.GetGamification;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;
using System.Globalization;
using System.Text.Json;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

/// <summary>The gamification summary in the learner's days, and badges and points in the personal data.</summary>
public sealed class GamificationTests : LearningTestBase
{
    private const string Facet = "maths__algebra__linear__solve";

    [Test]
    public async Task TheSummaryCountsTodayThisWeekAndThisMonthInMyTimeZone()
    {
        await BadgeSeed.CreateAsync(BadgeSeed.Badge("first", "answers_total", 1));
        var q = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(0, 4).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        var learner = await LearningApi.LearnerAsync("ada", "America/New_York");
        var session = await learner.StartAsync(SessionMode.Practice);
        // Learner days start at 04:00 in New York (UTC−4 in June 2030); 2030-06-03 is a Monday.
        Clock.UtcNow = new DateTimeOffset(2030, 5, 31, 16, 0, 0, TimeSpan.Zero);       // Friday, May 31: last month, last week
        await learner.AnswerAsync(session, q[0], selected: ["a"]);                        // 30
        Clock.UtcNow = new DateTimeOffset(2030, 6, 1, 16, 0, 0, TimeSpan.Zero);        // Saturday, June 1: this month, last week
        await learner.AnswerAsync(session, q[1], selected: ["a"]);                        // 30
        Clock.UtcNow = new DateTimeOffset(2030, 6, 3, 16, 0, 0, TimeSpan.Zero);        // Monday, June 3
        await learner.AnswerAsync(session, q[2], selected: ["a"]);                        // 30
        Clock.UtcNow = new DateTimeOffset(2030, 6, 5, 7, 0, 0, TimeSpan.Zero);         // 03:00 Wednesday local: still Tuesday, June 4
        await learner.AnswerAsync(session, q[3], selected: ["b"]);                        // 3 + 20

        var summary = await learner.GetAsAsync<Gamification>(GetGamificationEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That((summary.PointsToday, summary.PointsThisWeek, summary.PointsThisMonth, summary.PointsTotal), Is.EqualTo((23L, 53L, 83L, 113L)));
            Assert.That((summary.Level, summary.NextLevelPoints, summary.PointsToNextLevel), Is.EqualTo((2, 300L, 187L)));
            Assert.That((summary.StreakCurrent, summary.StreakLongest, summary.ActiveToday), Is.EqualTo((2, 2, true)),
                "Sunday was missed with no freeze held");
            Assert.That(summary.BadgesEarned, Is.EqualTo(1));
            Assert.That(DateOnly.FromDateTime(summary.Today.Date), Is.EqualTo(new DateOnly(2030, 6, 4)));
            Assert.That(summary.TimeZone, Is.EqualTo("America/New_York"));
        });
    }

    [Test]
    public async Task MyExportHoldsMyBadgesAndMyPointsLedgerAndBothGoWithMyAccount()
    {
        await BadgeSeed.CreateAsync(BadgeSeed.Badge("first", "answers_total", 1));
        var q = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q1", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var other = await LearningApi.LearnerAsync("bob");
        var userId = (await learner.GetAsAsync<UserProfile>(GetMeEndpoint.Route)).Id;
        await learner.AnswerAsync(await learner.StartAsync(SessionMode.Practice), q, selected: ["a"], clientAttemptId: "mine-1");
        await other.AnswerAsync(await other.StartAsync(SessionMode.Practice), q, selected: ["a"], clientAttemptId: "theirs-1");

        using var export = JsonDocument.Parse(await learner.GetStringAsync(Api.Route(ExportMeEndpoint.Route)));
        var data = export.RootElement.GetProperty("data");
        var delete = await learner.DeleteAsync(Api.Route(DeleteMeEndpoint.Route));
        var left = await ContentSeed.ScalarAsync("""
            SELECT (SELECT COUNT(*) FROM user_badges WHERE user_id = @UserId) + (SELECT COUNT(*) FROM points_ledger WHERE user_id = @UserId)
            """, new { UserId = userId.ToString() });
        var othersLeft = await ContentSeed.ScalarAsync("SELECT COUNT(*) FROM user_badges");

        Assert.Multiple(() =>
        {
            Assert.That(data.GetProperty("badges").EnumerateArray().Select(b => b.GetProperty("badge_key").GetString()), Is.EqualTo(new[] { "first" }));
            var ledger = data.GetProperty("points").EnumerateArray().ToList();
            Assert.That(ledger.Select(r => r.GetProperty("source_key").GetString()), Is.EquivalentTo(new[] { "answer:mine-1", "day:" + Clock.UtcNow.AddHours(-4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
            Assert.That(ledger.Sum(r => r.GetProperty("points").GetInt32()), Is.EqualTo(30));
            Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(left, Is.Zero, "erased with the account");
            Assert.That(othersLeft, Is.EqualTo(1), "the other learner keeps theirs");
        });
    }
}
