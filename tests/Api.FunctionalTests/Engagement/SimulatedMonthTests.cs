using AdaptiveLearning.Api.Features.Cards.UndoAnswer;
using AdaptiveLearning.Api.Features.Users.GetPoints;
using AdaptiveLearning.Api.Features.Users.GetStreak;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Domain.Engagement;

using SubmitAnswerBatchRequest = AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch.SubmitAnswerBatchRequest;
using UpdateMeRequest = AdaptiveLearning.Api.Features.Users.UpdateMe.UpdateMeRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

/// <summary>
/// A random month through the API — moves between time zones across both DST changes of March 2030, undo, and an
/// offline batch sent at the end and sent again — against points, lived days and badges computed here from the rules.
/// </summary>
public sealed class SimulatedMonthTests : LearningTestBase
{
    private static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney"];

    [TestCase(16)]
    [TestCase(2030)]
    public async Task AMonthOfStudyGivesTheExpectedPointsStreakAndBadges(int seed)
    {
        var random = new Random(seed);
        var badges = new (string Key, string Metric, double Threshold)[]
        {
            ("answers-10", "answers_total", 10), ("answers-40", "answers_total", 40), ("right-30", "correct_total", 30),
            ("days-10", "active_days", 10), ("days-25", "active_days", 25), ("streak-4", "streak_longest", 4), ("streak-100", "streak_longest", 100),
        };
        await BadgeSeed.CreateAsync(badges.Select(b => BadgeSeed.Badge(b.Key, b.Metric, b.Threshold)).ToArray());
        // Badges are judged after every request that records answers, so what counts is the best standing any of them saw.
        var best = new Dictionary<string, double>();
        var questions = await ContentSeed.QuestionsAsync("maths__algebra__linear__solve",
            Enumerable.Range(0, 130).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        var zone = Zones[0];
        var learner = await LearningApi.LearnerAsync("ada", zone);
        var session = await learner.StartAsync(SessionMode.Practice);
        var recorded = new List<(DateOnly Day, bool Undone)>(); // in the order the server records them
        var offline = new List<Wire.BatchAnswer>();
        var next = 0;

        for (var day = 0; day < 30; day++)
        {
            if (random.NextDouble() < 0.2)
            {
                zone = Zones[random.Next(Zones.Length)];
                await learner.PatchAsAsync<UserProfile>(UpdateMeRequest.Route, new Wire.UpdateMeRequest { TimeZone = zone });
            }
            if (random.NextDouble() < 0.25)
                continue; // a day off
            Clock.UtcNow = new DateTimeOffset(2030, 3, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day).AddMinutes(random.Next(0, 24 * 60));
            var answers = random.Next(1, 4);
            if (random.NextDouble() < 0.2)
            {
                // Studied offline: recorded at the end, on the day answeredAt falls on in the zone of that moment.
                for (var i = 0; i < answers; i++, Clock.UtcNow += TimeSpan.FromMinutes(1))
                    offline.Add(new Wire.BatchAnswer
                    {
                        ClientAttemptId = $"offline-{next}", QuestionId = questions[next++], Selected = ["a"], AnsweredAt = Clock.UtcNow, TimeSpentMs = 15_000,
                    });
                continue;
            }
            long lastCard = 0;
            for (var i = 0; i < answers; i++, Clock.UtcNow += TimeSpan.FromMinutes(1))
            {
                lastCard = (await learner.AnswerAsync(session, questions[next++], selected: ["a"])).Card!.Id;
                recorded.Add((LivedDay(Clock.UtcNow, zone), false));
                Judge(best, recorded, LivedDay(Clock.UtcNow, zone));
            }
            if (random.NextDouble() < 0.3)
            {
                await learner.ChangeCardAsync(lastCard, UndoAnswerEndpoint.Action);
                recorded[^1] = recorded[^1] with { Undone = true };
            }
        }

        Clock.UtcNow = new DateTimeOffset(2030, 3, 31, 18, 0, 0, TimeSpan.Zero);
        var batch = new Wire.SubmitAnswerBatchRequest { Answers = offline };
        await learner.PostAsAsync<AnswerBatchResult>(SubmitAnswerBatchRequest.Route, batch);
        var replay = await learner.PostAsAsync<AnswerBatchResult>(SubmitAnswerBatchRequest.Route, batch);
        recorded.AddRange(offline.Select(a => (LivedDay(a.AnsweredAt!.Value, zone), false)));
        Judge(best, recorded, LivedDay(Clock.UtcNow, zone));
        var userId = (await learner.GetAsAsync<UserProfile>(Features.Users.GetMe.GetMeEndpoint.Route)).Id;
        var held = await learner.GetAsAsync<MyBadges>(Features.Badges.ListMyBadges.ListMyBadgesEndpoint.Route);
        var events = await BadgeSeed.EarnedEventsAsync(userId);
        var expectedBadges = badges.Where(b => best[b.Metric] >= b.Threshold).Select(b => b.Key).ToList();
        var points = await learner.GetAsAsync<PointsReport>(GetPointsRequest.Route);
        var streak = await learner.GetAsAsync<StreakReport>(GetStreakEndpoint.Route);

        // 10 per answer still standing (difficulty 3, right), 20 with the first answer recorded on each day, unless undone.
        var firstOfDay = recorded.Select((r, i) => (r, i)).GroupBy(x => x.r.Day).Select(g => g.First().i).ToHashSet();
        var expectedPoints = recorded.Select((r, i) => r.Undone ? 0 : 10 + (firstOfDay.Contains(i) ? 20 : 0)).Sum();
        var livedDays = recorded.Where(r => !r.Undone).Select(r => r.Day.DayNumber).ToHashSet();
        // The calendar walk itself is checked against a reference in the Domain tests; here the days are the point.
        var expected = StreakCalculator.Compute(livedDays, LivedDay(Clock.UtcNow, zone).DayNumber, new StreakRules());
        Assert.Multiple(() =>
        {
            Assert.That(replay.Duplicates, Is.EqualTo(offline.Count), "the replayed batch earns nothing");
            Assert.That(points.Total, Is.EqualTo(expectedPoints));
            Assert.That((streak.Current, streak.Longest, streak.FreezesUsed, streak.FreezesAvailable),
                Is.EqualTo((expected.Current, expected.Longest, expected.FreezesUsed, expected.FreezesAvailable)));
            Assert.That(streak.Longest, Is.GreaterThan(1), "the seed makes a streak worth checking");
            Assert.That(held.Items.Select(b => b.Key), Is.EquivalentTo(expectedBadges));
            Assert.That(events.Select(e => e.Badge), Is.EquivalentTo(expectedBadges));
            Assert.That(events.Select(e => e.Count), Has.All.EqualTo(1), "each badge is awarded once");
            Assert.That(expectedBadges, Is.Not.Empty.And.Count.LessThan(badges.Length), "the seed earns some badges and misses others");
            Assert.That(offline, Is.Not.Empty, "the seed studies offline");
            Assert.That(recorded.Count(r => r.Undone), Is.Positive, "the seed undoes answers");
        });
    }

    private static void Judge(Dictionary<string, double> best, List<(DateOnly Day, bool Undone)> recorded, DateOnly today)
    {
        var counted = recorded.Where(r => !r.Undone).ToList();
        var days = counted.Select(r => r.Day.DayNumber).ToHashSet();
        // Every answer of the month is right, so correct_total follows answers_total.
        Raise("answers_total", counted.Count);
        Raise("correct_total", counted.Count);
        Raise("active_days", days.Count);
        Raise("streak_longest", StreakCalculator.Compute(days, today.DayNumber, new StreakRules()).Longest);

        void Raise(string metric, double value) => best[metric] = Math.Max(best.GetValueOrDefault(metric), value);
    }

    /// <summary>The learner day (starting 04:00 local) of an instant, computed with TimeZoneInfo alone.</summary>
    private static DateOnly LivedDay(DateTimeOffset at, string zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime.AddHours(-4));
}
