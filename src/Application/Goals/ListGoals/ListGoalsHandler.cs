using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Goals.ListGoals;

internal sealed class ListGoalsHandler(IGoalRepository goals) : IHandler<ListGoalsQuery, IReadOnlyList<GoalView>>
{
    public async Task<IReadOnlyList<GoalView>> HandleAsync(ListGoalsQuery request, CancellationToken ct) =>
        (await goals.ListAsync(request.UserId, ct)).Select(GoalView.From).ToList();
}
