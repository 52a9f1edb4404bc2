namespace AdaptiveLearning.Application.Cards.GetCard;

public sealed record GetCardQuery(Guid UserId, long CardId);
