using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Goals;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Goals;

/// <summary>A goal's plan as of now, from the learner's cards in its scope: read by the plan route and by a session started for the goal.</summary>
public sealed class GoalPlanning(IGoalScopeQueries scopes, IClock clock)
{
    /// <summary>Before a learner has a pace of their own: a typical multiple-choice review.</summary>
    private const double DefaultSecondsPerReview = 20;

    public async Task<StudyPlan> PlanAsync(User learner, StudyGoal goal, CancellationToken ct)
    {
        var schedule = LearnerSchedule.For(learner);
        var scope = await scopes.ScopeAsync(learner.Id, goal.Scope, ct);
        return StudyPlanner.Plan(new StudyPlanInput(goal, scope.Cards, scope.UnseenQuestions, schedule.Settings.FsrsParameters,
                   schedule.Calendar, clock.UtcNow, scope.AverageSecondsPerAnswer ?? DefaultSecondsPerReview))
               ?? throw new ProblemException(Problems.GoalEnded, $"The goal's target date ({goal.TargetDate:yyyy-MM-dd}) has come; move it or delete the goal.");
    }
}
