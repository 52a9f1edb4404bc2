namespace AdaptiveLearning.Domain.Learning;

public sealed record PlannedQuestion(long QuestionId, StudyReason Reason);
