namespace AdaptiveLearning.Application.Cards.SuspendCard;

public sealed record SuspendCardCommand(Guid UserId, long CardId);
