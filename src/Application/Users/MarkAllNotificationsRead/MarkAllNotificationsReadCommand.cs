namespace AdaptiveLearning.Application.Users.MarkAllNotificationsRead;

public sealed record MarkAllNotificationsReadCommand(Guid UserId);
