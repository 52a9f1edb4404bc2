using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Goals.GetGoal;

internal sealed class GetGoalHandler(IGoalRepository goals) : IHandler<GetGoalQuery, GoalView>
{
    public async Task<GoalView> HandleAsync(GetGoalQuery request, CancellationToken ct) =>
        GoalView.From(await goals.GetAsync(request.UserId, request.GoalId, ct) ?? throw GoalMissing.Problem());
}
