namespace AdaptiveLearning.Application.Goals.ListGoals;

public sealed record ListGoalsQuery(Guid UserId);
