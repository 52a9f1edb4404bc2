namespace AdaptiveLearning.Application.Content.Questions.ChangeQuestionStatus;

public sealed record ChangeQuestionStatusCommand(Guid UserId, long Id, QuestionAction Action);
