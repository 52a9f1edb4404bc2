namespace AdaptiveLearning.Application.Users.MarkNotificationRead;

public sealed record MarkNotificationReadCommand(Guid UserId, long NotificationId);
