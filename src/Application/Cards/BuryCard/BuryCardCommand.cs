namespace AdaptiveLearning.Application.Cards.BuryCard;

public sealed record BuryCardCommand(Guid UserId, long CardId);
