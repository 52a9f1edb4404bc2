namespace AdaptiveLearning.Application.Questions.ChangeQuestionStatus;

public sealed record ChangeQuestionStatusCommand(Guid UserId, long Id, QuestionAction Action);
