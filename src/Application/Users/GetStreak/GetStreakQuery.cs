namespace AdaptiveLearning.Application.Users.GetStreak;

public sealed record GetStreakQuery(Guid UserId);
