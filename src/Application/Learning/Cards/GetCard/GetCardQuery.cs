namespace AdaptiveLearning.Application.Learning.Cards.GetCard;

public sealed record GetCardQuery(Guid UserId, long CardId);
