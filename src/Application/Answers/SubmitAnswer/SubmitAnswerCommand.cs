namespace AdaptiveLearning.Application.Answers.SubmitAnswer;

public sealed record SubmitAnswerCommand(Guid UserId, Guid SessionId, AnswerInput Answer);
