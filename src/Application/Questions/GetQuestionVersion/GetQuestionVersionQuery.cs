namespace AdaptiveLearning.Application.Questions.GetQuestionVersion;

public sealed record GetQuestionVersionQuery(long Id, int Version);
