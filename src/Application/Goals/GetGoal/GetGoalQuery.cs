namespace AdaptiveLearning.Application.Goals.GetGoal;

public sealed record GetGoalQuery(Guid UserId, Guid GoalId);
