using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions;

namespace AdaptiveLearning.Application.Goals.UpdateGoal;

internal sealed class UpdateGoalHandler(SessionLoader loader, GoalRules rules, IGoalRepository goals, IClock clock)
    : IHandler<UpdateGoalCommand, GoalView>
{
    public async Task<GoalView> HandleAsync(UpdateGoalCommand request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var goal = await goals.GetAsync(request.UserId, request.GoalId, ct) ?? throw GoalMissing.Problem();
        var changed = goal with
        {
            Name = request.Name?.Trim() ?? goal.Name,
            Scope = request.Scope is null ? goal.Scope : GoalRules.NormalisedScope(request.Scope),
            TargetDate = request.TargetDate ?? goal.TargetDate,
            DesiredRetention = request.DesiredRetention ?? goal.DesiredRetention,
            StudyDays = request.StudyDays?.ToHashSet() ?? goal.StudyDays,
            MinutesPerDay = request.MinutesPerDay ?? goal.MinutesPerDay,
            UpdatedAt = clock.UtcNow,
        };
        await rules.CheckAsync(learner, changed, ct);
        await goals.UpdateAsync(changed, ct);
        return GoalView.From(changed);
    }
}
