using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Goals;

namespace AdaptiveLearning.Application.Goals.GetGoalPlan;

internal sealed class GetGoalPlanHandler(SessionLoader loader, IGoalRepository goals, GoalPlanning planning)
    : IHandler<GetGoalPlanQuery, StudyPlan>
{
    public async Task<StudyPlan> HandleAsync(GetGoalPlanQuery request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var goal = await goals.GetAsync(request.UserId, request.GoalId, ct) ?? throw GoalMissing.Problem();
        return await planning.PlanAsync(learner, goal, ct);
    }
}
