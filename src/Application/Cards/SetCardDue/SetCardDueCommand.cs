namespace AdaptiveLearning.Application.Cards.SetCardDue;

public sealed record SetCardDueCommand(Guid UserId, long CardId, DateTimeOffset Due);
