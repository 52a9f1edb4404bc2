namespace AdaptiveLearning.Application.Cards.ChangeCard;

/// <param name="Due">The new due time, for <see cref="CardChange.SetDue"/> only.</param>
public sealed record ChangeCardCommand(Guid UserId, long CardId, CardChange Change, DateTimeOffset? Due = null);
