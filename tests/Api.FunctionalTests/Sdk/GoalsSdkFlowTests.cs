using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class GoalsSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task ALearnerPlansAnExamThroughTheSdk()
    {
        var admin = NewAdmin();
        await SdkContent.FacetAsync(admin);
        for (var i = 0; i < 6; i++)
            await SdkContent.PublishedMcqAsync(admin, $"Goal question {i}?");
        var learner = await NewLearnerAsync("sdk-planner");
        var target = DateTimeOffset.UtcNow.Date.AddDays(30);

        var goal = await learner.Goals.CreateGoalAsync(new CreateGoalRequest
        {
            Name = "Exam", Scope = [SdkContent.Facet], TargetDate = target, MinutesPerDay = 30,
            StudyDays = [Client.Models.DayOfWeek.Monday, Client.Models.DayOfWeek.Tuesday, Client.Models.DayOfWeek.Friday],
        });
        var plan = await learner.Goals.GetGoalPlanAsync(goal.Id);
        var moved = await learner.Goals.UpdateGoalAsync(goal.Id, new UpdateGoalRequest { TargetDate = target.AddDays(7) });
        var mine = await learner.Goals.ListGoalsAsync();
        var stranger = await NewLearnerAsync("sdk-stranger");
        var hidden = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => stranger.Goals.GetGoalPlanAsync(goal.Id));
        var forGoal = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Learn, GoalId = goal.Id });
        var notTheirs = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            stranger.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Learn, GoalId = goal.Id }));
        await learner.Goals.DeleteGoalAsync(goal.Id);
        var afterDelete = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Goals.GetGoalAsync(goal.Id));

        Assert.Multiple(() =>
        {
            Assert.That(plan.NewCards, Is.EqualTo(6));
            Assert.That(plan.Days, Has.Count.EqualTo((target - plan.From).Days));
            Assert.That(plan.Days.Where(d => d.StudyDay).Select(d => d.Date.DayOfWeek).Distinct(),
                Is.SubsetOf(new[] { System.DayOfWeek.Monday, System.DayOfWeek.Tuesday, System.DayOfWeek.Friday }));
            Assert.That(plan.Days.Sum(d => d.NewCards), Is.EqualTo(6));
            Assert.That(plan.Feasible, Is.True);
            Assert.That(moved.TargetDate.Date, Is.EqualTo(target.AddDays(7)));
            Assert.That(mine.Select(g => g.Id), Is.EqualTo(new[] { goal.Id }));
            Assert.That(hidden!.Code, Is.EqualTo(ErrorCodes.NotFound), "another learner's goal does not exist for them");
            Assert.That(forGoal.Scope, Is.EqualTo(new[] { SdkContent.Facet }), "a goal session studies the goal's scope");
            Assert.That(forGoal.Goal!.GoalId, Is.EqualTo(goal.Id));
            Assert.That(forGoal.Goal.NewCardsPerDay, Is.EqualTo(plan.NewCardsPerDay));
            Assert.That(notTheirs!.Code, Is.EqualTo(ErrorCodes.NotFound), "nor can they study for it");
            Assert.That(afterDelete!.Code, Is.EqualTo(ErrorCodes.NotFound));
        });
    }
}
