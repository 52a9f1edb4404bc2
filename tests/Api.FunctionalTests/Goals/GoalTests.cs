using AdaptiveLearning.Api.Features.Goals;
using AdaptiveLearning.Api.Features.Goals.CreateGoal;
using AdaptiveLearning.Api.Features.Goals.ListGoals;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using GoalView = AdaptiveLearning.Client.Models.GoalView;
using StudyPlan = AdaptiveLearning.Client.Models.StudyPlan;
using SessionMode = AdaptiveLearning.Client.Models.SessionMode;

using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Goals;

/// <summary>Issue #16's goals and study plans: a scope known by a date, planned with the FSRS workload simulator.</summary>
public sealed class GoalTests : TestBase
{
    private const string Facet = "exam__signs__shapes__triangles";
    // 10:00 UTC on a Monday: the learner's today (UTC, day starting 04:00) is 2026-06-01.
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 6, 1);

    [SetUp]
    public void StopTheClock() => LearningApi.Clock.UtcNow = Monday;

    [Test]
    public async Task ALearnerSetsAGoalReadsItChangesItAndDeletesIt()
    {
        await SeedAsync(5);
        var learner = await LearningApi.LearnerAsync("goal-keeper");

        var created = await learner.PostJsonAsync(CreateGoalRequest.Route, new
        {
            name = "  Theory exam ", scope = new[] { "exam" }, targetDate = "2026-07-01", studyDays = new[] { "monday", "thursday" },
            minutesPerDay = 15,
        });
        var goal = await created.ReadAsAsync<GoalView>(HttpStatusCode.Created);
        var read = await learner.GetAsAsync<GoalView>(GoalRequest.For(goal.Id));
        var changed = await learner.PatchAsAsync<GoalView>(GoalRequest.For(goal.Id), new { targetDate = "2026-08-01", minutesPerDay = 25 });
        var listed = await learner.GetAsAsync<List<GoalView>>(ListGoalsEndpoint.Route);
        var deleted = await learner.DeleteAsync(Api.Route(GoalRequest.For(goal.Id)));
        var gone = await learner.GetAsync(Api.Route(GoalRequest.For(goal.Id)));

        Assert.Multiple(() =>
        {
            Assert.That(created.Headers.Location!.ToString(), Does.EndWith(GoalRequest.For(goal.Id)));
            Assert.That(goal.Name, Is.EqualTo("Theory exam"));
            Assert.That(goal.Scope, Is.EqualTo(new[] { "exam" }));
            Assert.That(goal.StudyDays, Is.EqualTo(new[] { Wire.DayOfWeek.Monday, Wire.DayOfWeek.Thursday }));
            Assert.That(goal.DesiredRetention, Is.EqualTo(0.9), "the default retention");
            Assert.That(read.TargetDate.Date, Is.EqualTo(new DateTime(2026, 7, 1)));
            Assert.That(changed.TargetDate.Date, Is.EqualTo(new DateTime(2026, 8, 1)));
            Assert.That(changed.MinutesPerDay, Is.EqualTo(25));
            Assert.That(changed.StudyDays, Is.EqualTo(goal.StudyDays), "fields left out stay");
            Assert.That(listed.Select(g => g.Id), Is.EqualTo(new[] { goal.Id }));
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        });
        await gone.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Test]
    public async Task ABadGoalIsRefusedWithTheFieldOrTheRuleItBreaks()
    {
        await SeedAsync(1);
        var learner = await LearningApi.LearnerAsync("goal-breaker");
        object Goal(string targetDate, string[]? scope = null, string[]? studyDays = null, int minutes = 20) =>
            new { name = "Exam", scope = scope ?? ["exam"], targetDate, studyDays, minutesPerDay = minutes };

        await (await learner.PostJsonAsync(CreateGoalRequest.Route, Goal("2026-06-01"))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await learner.PostJsonAsync(CreateGoalRequest.Route, Goal("2029-01-01"))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await learner.PostJsonAsync(CreateGoalRequest.Route, Goal("2026-07-01", studyDays: []))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await learner.PostJsonAsync(CreateGoalRequest.Route, Goal("2026-07-01", minutes: 0))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await learner.PostJsonAsync(CreateGoalRequest.Route, Goal("2026-07-01", scope: ["not a path!"]))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await learner.PostJsonAsync(CreateGoalRequest.Route, Goal("2026-07-01", scope: ["nowhere"]))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "nothing_to_study");

        for (var i = 0; i < 20; i++)
            await learner.PostAsAsync<GoalView>(CreateGoalRequest.Route, Goal("2026-07-01"), HttpStatusCode.Created);
        await (await learner.PostJsonAsync(CreateGoalRequest.Route, Goal("2026-07-01"))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "too_many_goals");
        Assert.That(await learner.GetAsAsync<List<GoalView>>(ListGoalsEndpoint.Route), Has.Count.EqualTo(20), "the refused goal wrote nothing");
    }

    [Test]
    public async Task ThePlanStartsEveryQuestionBeforeTheDateAndFollowsTheLearnersAnswers()
    {
        var questions = await SeedAsync(40);
        var learner = await LearningApi.LearnerAsync("planner");
        var goal = await learner.PostAsAsync<GoalView>(CreateGoalRequest.Route,
            new { name = "Signs", scope = new[] { "exam__signs" }, targetDate = "2026-06-21", minutesPerDay = 60 }, HttpStatusCode.Created);

        var before = await learner.GetAsAsync<StudyPlan>(GoalRequest.PlanFor(goal.Id));
        var session = await learner.StartAsync(SessionMode.Practice, ["exam"]);
        foreach (var question in questions.Take(10))
            await learner.AnswerAsync(session, question, selected: ["a"], answeredAt: Monday);
        var after = await learner.GetAsAsync<StudyPlan>(GoalRequest.PlanFor(goal.Id));

        Assert.Multiple(() =>
        {
            Assert.That(before.From.Date, Is.EqualTo(Today.ToDateTime(TimeOnly.MinValue)));
            Assert.That(before.Days, Has.Count.EqualTo(20), "every day up to the day before the exam");
            Assert.That(before.StudyDaysLeft, Is.EqualTo(20));
            Assert.That(before.ScopeQuestions, Is.EqualTo(40));
            Assert.That(before.NewCards, Is.EqualTo(40));
            Assert.That(before.NewCardsPerDay, Is.EqualTo(3), "40 over the first 16 of 20 days");
            Assert.That(before.Days.Sum(d => d.NewCards), Is.EqualTo(40));
            Assert.That(before.Days.Skip(16).Sum(d => d.NewCards), Is.Zero, "the last fifth is for review");
            Assert.That(before.Feasible, Is.True);
            Assert.That(before.RetentionIfStoppedNow, Is.Zero);
            Assert.That(before.PredictedRetention, Is.GreaterThan(0.7));
            Assert.That(after.NewCards, Is.EqualTo(30), "ten questions were started");
            Assert.That(after.ScopeQuestions, Is.EqualTo(40));
            Assert.That(after.SecondsPerReview, Is.EqualTo(15), "the pace of the answers given (15 s each)");
            Assert.That(after.RetentionIfStoppedNow, Is.GreaterThan(0).And.LessThan(0.25), "ten of forty known, fading by the date");
        });
    }

    [Test]
    public async Task AGoalThatCannotFitSaysTheMinutesItNeedsAndTheDateItWouldFitBy()
    {
        await SeedAsync(120);
        var learner = await LearningApi.LearnerAsync("hurried");
        var goal = await learner.PostAsAsync<GoalView>(CreateGoalRequest.Route,
            new { name = "Cram", scope = new[] { "exam" }, targetDate = "2026-06-08", minutesPerDay = 5 }, HttpStatusCode.Created);

        var plan = await learner.GetAsAsync<StudyPlan>(GoalRequest.PlanFor(goal.Id));
        var relaxed = await learner.PatchAsAsync<GoalView>(GoalRequest.For(goal.Id), new { minutesPerDay = plan.RequiredMinutesPerDay });
        var fits = await learner.GetAsAsync<StudyPlan>(GoalRequest.PlanFor(relaxed.Id));

        Assert.Multiple(() =>
        {
            Assert.That(plan.Feasible, Is.False);
            Assert.That(plan.RequiredMinutesPerDay, Is.GreaterThan(5));
            Assert.That(plan.FeasibleFrom!.Value.Date, Is.GreaterThan(new DateTime(2026, 6, 8)));
            Assert.That(fits.Feasible, Is.True, "the minutes it asked for are enough");
        });

        LearningApi.Clock.UtcNow = Monday.AddDays(7);
        await (await learner.GetAsync(Api.Route(GoalRequest.PlanFor(goal.Id)))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "goal_ended");
    }

    private static Task<IReadOnlyList<long>> SeedAsync(int count) =>
        ContentSeed.QuestionsAsync(Facet, Enumerable.Range(1, count).Select(i => ContentSeed.Mcq($"Which triangle is sign {i}?", "a")).ToList());
}
