namespace AdaptiveLearning.Application.Goals.GetGoalPlan;

public sealed record GetGoalPlanQuery(Guid UserId, Guid GoalId);
