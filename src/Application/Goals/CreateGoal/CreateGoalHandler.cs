using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Goals;

namespace AdaptiveLearning.Application.Goals.CreateGoal;

internal sealed class CreateGoalHandler(SessionLoader loader, GoalRules rules, IGoalRepository goals, IClock clock)
    : IHandler<CreateGoalCommand, GoalView>
{
    public async Task<GoalView> HandleAsync(CreateGoalCommand request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var now = clock.UtcNow;
        var goal = new StudyGoal
        {
            Id = Guid.NewGuid(),
            UserId = learner.Id,
            Name = request.Name.Trim(),
            Scope = GoalRules.NormalisedScope(request.Scope),
            TargetDate = request.TargetDate,
            DesiredRetention = request.DesiredRetention,
            StudyDays = request.StudyDays.ToHashSet(),
            MinutesPerDay = request.MinutesPerDay,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await rules.CheckAsync(learner, goal, ct);
        if (!await goals.AddAsync(goal, ct))
            throw new ProblemException(Problems.TooManyGoals, $"A learner can have at most {StudyGoal.MaxPerLearner} goals; delete one first.");
        return GoalView.From(goal);
    }
}
