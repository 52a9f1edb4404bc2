namespace AdaptiveLearning.Application.Users.GetNotificationPreferences;

public sealed record GetNotificationPreferencesQuery(Guid UserId);
