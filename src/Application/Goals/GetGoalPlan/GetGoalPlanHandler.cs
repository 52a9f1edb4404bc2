using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Goals;

namespace AdaptiveLearning.Application.Goals.GetGoalPlan;

internal sealed class GetGoalPlanHandler(SessionLoader loader, IGoalRepository goals, IGoalScopeQueries scopes, IClock clock)
    : IHandler<GetGoalPlanQuery, StudyPlan>
{
    /// <summary>Before a learner has a pace of their own: a typical multiple-choice review.</summary>
    private const double DefaultSecondsPerReview = 20;

    public async Task<StudyPlan> HandleAsync(GetGoalPlanQuery request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var goal = await goals.GetAsync(request.UserId, request.GoalId, ct) ?? throw GoalMissing.Problem();
        var schedule = LearnerSchedule.For(learner);
        var scope = await scopes.ScopeAsync(learner.Id, goal.Scope, ct);
        return StudyPlanner.Plan(new StudyPlanInput(goal, scope.Cards, scope.UnseenQuestions, schedule.Settings.FsrsParameters,
                   schedule.Calendar, clock.UtcNow, scope.AverageSecondsPerAnswer ?? DefaultSecondsPerReview))
               ?? throw new ProblemException(Problems.GoalEnded, $"The goal's target date ({goal.TargetDate:yyyy-MM-dd}) has come; move it or delete the goal.");
    }
}
