namespace AdaptiveLearning.Application.Cards.ResetCard;

public sealed record ResetCardCommand(Guid UserId, long CardId);
