using AdaptiveLearning.Api.Features.Goals;
using AdaptiveLearning.Api.Features.Goals.CreateGoal;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using GoalView = AdaptiveLearning.Client.Models.GoalView;
using SessionMode = AdaptiveLearning.Client.Models.SessionMode;
using SessionView = AdaptiveLearning.Client.Models.SessionView;
using StudyPlan = AdaptiveLearning.Client.Models.StudyPlan;
using StudyReason = AdaptiveLearning.Client.Models.StudyReason;
using CardState = AdaptiveLearning.Client.Models.CardState;
using LearningSettingsPatch = AdaptiveLearning.Client.Models.LearningSettingsPatch;
using Rating = AdaptiveLearning.Client.Models.Rating;
using StartSessionRequest = AdaptiveLearning.Api.Features.Sessions.StartSession.StartSessionRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Goals;

/// <summary>Issue #16 item 5's last part: a learn or practice session started for a goal follows the goal's plan.</summary>
public sealed class GoalSessionTests : TestBase
{
    private const string GoalFacet = "exam__signs__shapes__triangles";
    private const string OtherFacet = "exam__rules__speed__limits";
    // 10:00 UTC on a Monday: the learner's today (UTC, day starting 04:00) is 2026-06-01.
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [SetUp]
    public void StopTheClock() => LearningApi.Clock.UtcNow = Monday;

    [Test]
    public async Task AGoalSessionStudiesTheGoalsScopeAndTakesThePlansNewCardsInsteadOfTheDailyLimit()
    {
        var inScope = await SeedAsync(GoalFacet, 40);
        await SeedAsync(OtherFacet, 10);
        var learner = await LearningApi.LearnerAsync("goal-learner");
        var goal = await GoalAsync(learner, "2026-06-21");
        var plan = await learner.GetAsAsync<StudyPlan>(GoalRequest.PlanFor(goal.Id));

        var started = await StartAsync(learner, new { mode = "learn", goalId = goal.Id });
        var session = await started.ReadAsAsync<SessionView>(HttpStatusCode.Created);
        var first = await learner.NextAsync(session.Id, 50);
        var states = new List<CardState>();
        foreach (var item in first)
            states.Add((await learner.AnswerAsync(session.Id, item.Question.Id, selected: ["a"])).Card!.State);
        var afterQuota = await learner.NextAsync(session.Id, 50);
        var plain = await learner.StartAsync(SessionMode.Learn, ["exam__signs"]);
        var plainNew = (await learner.NextAsync(plain, 50)).Where(i => i.Reason == StudyReason.New).ToList();
        var plainState = (await learner.AnswerAsync(plain, plainNew[0].Question.Id, selected: ["a"])).Card!.State;

        Assert.Multiple(() =>
        {
            Assert.That(plan.NewCardsPerDay, Is.EqualTo(3), "40 questions over the first 16 of 20 days");
            Assert.That(session.Scope, Is.EqualTo(goal.Scope), "the goal's scope");
            Assert.That(session.Goal!.GoalId, Is.EqualTo(goal.Id));
            Assert.That(session.Goal.NewCardsPerDay, Is.EqualTo(plan.NewCardsPerDay));
            Assert.That(session.Goal.TargetDate.Date, Is.EqualTo(new DateTime(2026, 6, 21)));
            Assert.That(first.Select(i => i.Reason), Is.EqualTo(Enumerable.Repeat(StudyReason.New, 3)), "the plan's quota, not the daily 20");
            Assert.That(first.Select(i => i.Question.Id), Is.SubsetOf(inScope));
            Assert.That(afterQuota, Is.Empty, "the day's quota is spent and no same-day step waits");
            Assert.That(states, Is.All.EqualTo(CardState.Review), "FSRS-6 in a goal session schedules days ahead, without same-day steps");
            Assert.That(plainNew, Has.Count.EqualTo(17), "a session without the goal keeps the daily limit of 20");
            Assert.That(plainState, Is.EqualTo(CardState.Learning), "outside a goal session the learning steps stay");
        });
    }

    [Test]
    public async Task AnSm2LearnersGoalSessionServesTheScopesDueReviewsBeforeThePlansNewQuestions()
    {
        var inScope = await SeedAsync(GoalFacet, 40);
        var learner = await LearningApi.LearnerAsync("goal-sm2", settings: new LearningSettingsPatch { Scheduler = "sm2" });
        var goal = await GoalAsync(learner, "2026-06-21");
        var before = await learner.StartAsync(SessionMode.Practice, ["exam__signs"]);
        foreach (var question in inScope.Take(4))
            await learner.AnswerAsync(before, question, selected: ["a"], rating: Rating.Easy);

        LearningApi.Clock.UtcNow = Monday.AddDays(10);
        var plan = await learner.GetAsAsync<StudyPlan>(GoalRequest.PlanFor(goal.Id));
        var session = await (await StartAsync(learner, new { mode = "learn", goalId = goal.Id })).ReadAsAsync<SessionView>(HttpStatusCode.Created);
        var next = await learner.NextAsync(session.Id, 50);

        Assert.Multiple(() =>
        {
            Assert.That(plan.NewCardsPerDay, Is.EqualTo(5), "36 new questions over the first 8 of 10 days");
            Assert.That(next.Take(4).Select(i => i.Question.Id), Is.EquivalentTo(inScope.Take(4)), "the due reviews first, even in a learn session");
            Assert.That(next.Take(4).Select(i => i.Reason), Is.All.AnyOf(StudyReason.DueReview, StudyReason.OverdueReview));
            Assert.That(next.Skip(4).Select(i => i.Reason), Is.EqualTo(Enumerable.Repeat(StudyReason.New, plan.NewCardsPerDay)));
        });
    }

    [Test]
    public async Task AnotherLearnersGoalOrNoGoalIsNotFoundAndAGoalOnlyFitsLearnAndPractice()
    {
        await SeedAsync(GoalFacet, 5);
        var owner = await LearningApi.LearnerAsync("goal-owner");
        var intruder = await LearningApi.LearnerAsync("goal-intruder");
        var goal = await GoalAsync(owner, "2026-06-21");

        await (await StartAsync(intruder, new { mode = "practice", goalId = goal.Id })).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await StartAsync(owner, new { mode = "practice", goalId = Guid.NewGuid() })).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await StartAsync(owner, new { mode = "review", goalId = goal.Id })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await StartAsync(owner, new { mode = "practice", goalId = goal.Id, scope = new[] { "exam" } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var mine = await (await StartAsync(owner, new { mode = "practice", goalId = goal.Id })).ReadAsAsync<SessionView>(HttpStatusCode.Created);

        LearningApi.Clock.UtcNow = Monday.AddDays(20);
        await (await StartAsync(owner, new { mode = "practice", goalId = goal.Id })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "goal_ended");
        Assert.That(mine.Goal!.GoalId, Is.EqualTo(goal.Id));
    }

    private static Task<HttpResponseMessage> StartAsync(HttpClient learner, object body) => learner.PostJsonAsync(StartSessionRequest.Route, body);

    private static Task<GoalView> GoalAsync(HttpClient learner, string targetDate) =>
        learner.PostAsAsync<GoalView>(CreateGoalRequest.Route,
            new { name = "Signs", scope = new[] { "exam__signs" }, targetDate, minutesPerDay = 60 }, HttpStatusCode.Created);

    private static Task<IReadOnlyList<long>> SeedAsync(string facet, int count) =>
        ContentSeed.QuestionsAsync(facet, Enumerable.Range(1, count).Select(i => ContentSeed.Mcq($"Which sign is {facet} {i}?", "a")).ToList());
}
