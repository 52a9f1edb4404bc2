namespace AdaptiveLearning.Application.Users.GetMe;

public sealed record GetMeQuery(Guid UserId);
