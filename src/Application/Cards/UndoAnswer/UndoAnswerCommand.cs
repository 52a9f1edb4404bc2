namespace AdaptiveLearning.Application.Cards.UndoAnswer;

public sealed record UndoAnswerCommand(Guid UserId, long CardId);
