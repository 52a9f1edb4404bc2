using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Goals.DeleteGoal;

internal sealed class DeleteGoalHandler(IGoalRepository goals) : IHandler<DeleteGoalCommand, bool>
{
    public async Task<bool> HandleAsync(DeleteGoalCommand request, CancellationToken ct) =>
        await goals.DeleteAsync(request.UserId, request.GoalId, ct) ? true : throw GoalMissing.Problem();
}
