namespace AdaptiveLearning.Application.Users.GetGamification;

public sealed record GetGamificationQuery(Guid UserId);
