namespace AdaptiveLearning.Application.Learning.ReviewLog.GetReviewLog;

public sealed record GetReviewLogQuery(Guid UserId);
