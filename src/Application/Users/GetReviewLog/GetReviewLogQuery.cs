namespace AdaptiveLearning.Application.Users.GetReviewLog;

public sealed record GetReviewLogQuery(Guid UserId);
