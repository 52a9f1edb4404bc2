namespace AdaptiveLearning.Application.Notifications.SendReminders;

/// <param name="Learners">Learners looked at.</param>
/// <param name="Delivered">Notifications made by this run (those an earlier or concurrent run made are not counted).</param>
public sealed record ReminderRun(int Learners, int Delivered);
