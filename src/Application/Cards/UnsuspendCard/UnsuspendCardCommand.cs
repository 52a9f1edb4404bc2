namespace AdaptiveLearning.Application.Cards.UnsuspendCard;

public sealed record UnsuspendCardCommand(Guid UserId, long CardId);
