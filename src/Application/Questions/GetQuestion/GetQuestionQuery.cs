namespace AdaptiveLearning.Application.Questions.GetQuestion;

public sealed record GetQuestionQuery(long Id, ContentViewer Viewer);
