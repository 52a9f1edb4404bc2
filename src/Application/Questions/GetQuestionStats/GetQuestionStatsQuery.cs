namespace AdaptiveLearning.Application.Questions.GetQuestionStats;

public sealed record GetQuestionStatsQuery(long Id);
