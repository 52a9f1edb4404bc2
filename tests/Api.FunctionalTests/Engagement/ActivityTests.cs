using AdaptiveLearning.Api.Features.Progress.GetActivity;
using AdaptiveLearning.Api.Features.Users.GetPoints;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

public sealed class ActivityTests : LearningTestBase
{
    private static readonly TimeSpan Est = TimeSpan.FromHours(-5), Edt = TimeSpan.FromHours(-4);

    /// <summary>New York changes to daylight time at 02:00 on 2030-03-10; days start at 04:00 local.</summary>
    [Test]
    public async Task ActivityFallsOnMyOwnDaysAcrossTheDstChange()
    {
        var algebra = await ContentSeed.QuestionsAsync("maths__algebra__linear__solve",
            [ContentSeed.Mcq("Q1", "a"), ContentSeed.Mcq("Q2", "a"), ContentSeed.Mcq("Q3", "a")]);
        var geometry = await ContentSeed.QuestionAsync("maths__geometry__angles__sum", ContentSeed.Mcq("G1", "a"));
        Clock.UtcNow = new DateTimeOffset(2030, 3, 12, 20, 0, 0, TimeSpan.Zero);
        var learner = await LearningApi.LearnerAsync("ada", "America/New_York");
        var session = await learner.StartAsync(SessionMode.Practice);
        await learner.AnswerAsync(session, algebra[0], selected: ["a"], answeredAt: new DateTimeOffset(2030, 3, 9, 12, 0, 0, Est));
        await learner.AnswerAsync(session, algebra[1], selected: ["b"], answeredAt: new DateTimeOffset(2030, 3, 10, 3, 30, 0, Edt)); // before 04:00: still the 9th
        await learner.AnswerAsync(session, algebra[2], selected: ["a"], answeredAt: new DateTimeOffset(2030, 3, 10, 10, 0, 0, Edt));
        await learner.AnswerAsync(session, geometry, selected: ["a"], answeredAt: new DateTimeOffset(2030, 3, 12, 9, 0, 0, Edt));

        var daily = await learner.GetAsAsync<ActivityReport>(GetActivityRequest.Route + "?from=2030-03-08&to=2030-03-12");
        var weekly = await learner.GetAsAsync<ActivityReport>(GetActivityRequest.Route + "?from=2030-03-08&to=2030-03-12&bucket=week");
        var monthly = await learner.GetAsAsync<ActivityReport>(GetActivityRequest.Route + "?from=2030-02-20&to=2030-03-12&bucket=month");
        var algebraOnly = await learner.GetAsAsync<ActivityReport>(GetActivityRequest.Route + "?from=2030-03-08&to=2030-03-12&node=maths__algebra");
        var byDefault = await learner.GetAsAsync<ActivityReport>(GetActivityRequest.Route);
        var points = await learner.GetAsAsync<PointsReport>(GetPointsRequest.Route);

        Assert.Multiple(() =>
        {
            Assert.That(daily.TimeZone, Is.EqualTo("America/New_York"));
            Assert.That(daily.Days.Select(d => (Day(d.Date), d.Answers, d.Level)), Is.EqualTo(new[]
            {
                ("2030-03-08", 0, 0), ("2030-03-09", 2, 4), ("2030-03-10", 1, 2), ("2030-03-11", 0, 0), ("2030-03-12", 1, 2),
            }));
            Assert.That(daily.Buckets.Select(b => b.Answers), Is.EqualTo(new[] { 0, 2, 1, 0, 1 }));
            Assert.That(daily.Buckets[1].Accuracy, Is.EqualTo(0.5));
            Assert.That(daily.Totals.NewCards, Is.EqualTo(4));
            Assert.That(daily.Totals.TimeSpentMs, Is.EqualTo(60_000));
            Assert.That(daily.Totals.ActiveDays, Is.EqualTo(3));
            Assert.That(daily.Totals.Points, Is.EqualTo(points.Total), "every point earned lies in the range");
            Assert.That(weekly.Buckets.Select(b => (Day(b.Start), Day(b.End), b.Answers)), Is.EqualTo(new[]
            {
                ("2030-03-08", "2030-03-10", 3), ("2030-03-11", "2030-03-12", 1),
            }), "ISO weeks start on Monday the 11th");
            Assert.That(monthly.Buckets.Select(b => (Day(b.Start), b.Answers)), Is.EqualTo(new[] { ("2030-02-20", 0), ("2030-03-01", 4) }));
            Assert.That(algebraOnly.Totals.Answers, Is.EqualTo(3));
            Assert.That(algebraOnly.Node, Is.EqualTo("maths__algebra"));
            Assert.That(byDefault.Days, Has.Count.EqualTo(30));
            Assert.That(Day(byDefault.To), Is.EqualTo("2030-03-12"));
        });
    }

    [Test]
    public async Task ARangeOverAYearOrAnUnknownNodeIsRefused()
    {
        var learner = await LearningApi.LearnerAsync("ada");

        var tooLong = await learner.GetAsync(Api.Route(GetActivityRequest.Route + "?from=2029-01-01&to=2030-01-02"));
        var yearIsFine = await learner.GetAsync(Api.Route(GetActivityRequest.Route + "?from=2028-01-01&to=2028-12-31"));
        var backwards = await learner.GetAsync(Api.Route(GetActivityRequest.Route + "?from=2030-01-02&to=2030-01-01"));
        var badBucket = await learner.GetAsync(Api.Route(GetActivityRequest.Route + "?bucket=year"));
        var noNode = await learner.GetAsync(Api.Route(GetActivityRequest.Route + "?node=no__such"));

        var problem = await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest, "range_too_long");
        Assert.That(problem.Detail, Does.Contain("367 days"));
        Assert.That(yearIsFine.StatusCode, Is.EqualTo(HttpStatusCode.OK), "366 days, a leap year, is allowed");
        await backwards.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await badBucket.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await noNode.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd");
}
