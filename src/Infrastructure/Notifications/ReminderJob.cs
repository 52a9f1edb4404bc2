namespace AdaptiveLearning.Infrastructure.Notifications;

/// <summary>The reminder pass as a job; it needs no payload (it judges by the clock when it runs).</summary>
internal static class ReminderJob
{
    public const string Kind = "notifications.reminders";
}
