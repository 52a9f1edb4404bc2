namespace AdaptiveLearning.Application.Learning.Cards.UndoAnswer;

public sealed record UndoAnswerCommand(Guid UserId, long CardId);
