namespace AdaptiveLearning.Application.Notifications.SendReminders;

/// <param name="At">The instant the run judges by (the clock's now in the job; any instant in tests).</param>
public sealed record SendRemindersCommand(DateTimeOffset At);
