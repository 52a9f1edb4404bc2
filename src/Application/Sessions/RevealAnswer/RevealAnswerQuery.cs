namespace AdaptiveLearning.Application.Sessions.RevealAnswer;

public sealed record RevealAnswerQuery(Guid UserId, Guid SessionId, long QuestionId);
