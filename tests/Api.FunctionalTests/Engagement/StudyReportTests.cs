using AdaptiveLearning.Api.Features.Progress.GetStudyReport;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

public sealed class StudyReportTests : LearningTestBase
{
    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);

    /// <summary>Berlin, days starting at 04:00: the week of Monday 2030-01-14, compared with the week before.</summary>
    [Test]
    public async Task AWeeksReportComparesWithTheWeekBeforeAndShowsTheBestDayAndHours()
    {
        var ids = await ContentSeed.QuestionsAsync("maths__algebra__linear__solve",
            Enumerable.Range(1, 6).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        Clock.UtcNow = new DateTimeOffset(2030, 1, 21, 6, 0, 0, Cet);
        var learner = await LearningApi.LearnerAsync("ada", "Europe/Berlin");
        var session = await learner.StartAsync(SessionMode.Practice);
        // The week before: one right answer on Thursday the 10th.
        await learner.AnswerAsync(session, ids[0], selected: ["a"], answeredAt: new DateTimeOffset(2030, 1, 10, 9, 0, 0, Cet));
        // This week: Tuesday two (one wrong) at 09:xx, Wednesday one at 21:00, and a 03:00 answer on Monday the 21st,
        // which is still Sunday the 20th's learner day, so it belongs to this week.
        await learner.AnswerAsync(session, ids[1], selected: ["a"], answeredAt: new DateTimeOffset(2030, 1, 15, 9, 0, 0, Cet));
        await learner.AnswerAsync(session, ids[2], selected: ["b"], answeredAt: new DateTimeOffset(2030, 1, 15, 9, 40, 0, Cet));
        await learner.AnswerAsync(session, ids[3], selected: ["a"], answeredAt: new DateTimeOffset(2030, 1, 16, 21, 0, 0, Cet));
        await learner.AnswerAsync(session, ids[4], selected: ["a"], answeredAt: new DateTimeOffset(2030, 1, 21, 3, 0, 0, Cet));
        // The next week's Monday, after 04:00: in no report of these two weeks.
        await learner.AnswerAsync(session, ids[5], selected: ["a"], answeredAt: new DateTimeOffset(2030, 1, 21, 5, 0, 0, Cet));

        var week = await learner.GetAsAsync<StudyReport>(GetStudyReportRequest.Route + "?period=week&date=2030-01-17");
        var month = await learner.GetAsAsync<StudyReport>(GetStudyReportRequest.Route + "?period=month&date=2030-01-31");

        Assert.Multiple(() =>
        {
            Assert.That((Day(week.From), Day(week.To)), Is.EqualTo(("2030-01-14", "2030-01-20")), "ISO week, Monday to Sunday");
            Assert.That(week.TimeZone, Is.EqualTo("Europe/Berlin"));
            Assert.That(week.Complete, Is.True, "the learner's Monday has begun");
            Assert.That(week.Totals.Answers, Is.EqualTo(4));
            Assert.That(week.Totals.Accuracy, Is.EqualTo(0.75));
            Assert.That(week.Totals.ActiveDays, Is.EqualTo(3));
            Assert.That(week.Previous.Answers, Is.EqualTo(1));
            Assert.That((Day(week.Previous.Start), Day(week.Previous.End)), Is.EqualTo(("2030-01-07", "2030-01-13")));
            Assert.That(week.Change.Answers, Is.EqualTo(3));
            Assert.That(week.Change.AnswersPercent, Is.EqualTo(300.0));
            Assert.That(week.Change.Accuracy, Is.EqualTo(-0.25), "0.75 this week against 1.0 the week before");
            Assert.That(week.BestDay!.Date.ToString("yyyy-MM-dd"), Is.EqualTo("2030-01-15"));
            Assert.That(week.Days.Select(d => d.Answers), Is.EqualTo(new[] { 0, 2, 1, 0, 0, 0, 1 }));
            Assert.That(week.ByHour, Has.Count.EqualTo(24));
            Assert.That(week.ByHour.Where(h => h.Answers > 0).Select(h => (h.Hour, h.Answers, h.Accuracy)),
                Is.EqualTo(new (int, int, double?)[] { (3, 1, 1.0), (9, 2, 0.5), (21, 1, 1.0) }), "local hours of the day");
            Assert.That(week.SecondsPerAnswer, Is.EqualTo(15.0), "the seeded answers take 15 s each");
            Assert.That(month.Totals.Answers, Is.EqualTo(6));
            Assert.That((Day(month.From), Day(month.To), Day(month.Previous.Start)), Is.EqualTo(("2030-01-01", "2030-01-31", "2029-12-01")));
            Assert.That(month.Change.AnswersPercent, Is.Null, "no answers in December to compare with");
        });
    }

    [Test]
    public async Task AReportIsMyOwnAndABadPeriodOrDateIsRefused()
    {
        var ids = await ContentSeed.QuestionsAsync("maths__algebra__linear__solve", [ContentSeed.Mcq("Q1", "a")]);
        var ada = await LearningApi.LearnerAsync("ada");
        await ada.AnswerAsync(await ada.StartAsync(SessionMode.Practice), ids[0], selected: ["a"]);
        var bob = await LearningApi.LearnerAsync("bob");

        var bobs = await bob.GetAsAsync<StudyReport>(GetStudyReportRequest.Route);
        var adas = await ada.GetAsAsync<StudyReport>(GetStudyReportRequest.Route);
        var badPeriod = await bob.GetAsync(Api.Route(GetStudyReportRequest.Route + "?period=year"));
        var badDate = await bob.GetAsync(Api.Route(GetStudyReportRequest.Route + "?date=0001-01-01"));

        Assert.Multiple(() =>
        {
            Assert.That(adas.Totals.Answers, Is.EqualTo(1));
            Assert.That(bobs.Totals.Answers, Is.EqualTo(0), "another learner's answers are not in my report");
            Assert.That(bobs.BestDay, Is.Null);
            Assert.That(bobs.Period, Is.EqualTo(ReportPeriod.Week));
        });
        await badPeriod.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await badDate.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    private static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd");
}
