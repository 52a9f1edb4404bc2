namespace AdaptiveLearning.Application.Goals.DeleteGoal;

public sealed record DeleteGoalCommand(Guid UserId, Guid GoalId);
