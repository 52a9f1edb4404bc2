namespace AdaptiveLearning.Application.Notifications;

/// <summary>Local times (HH:mm, in my profile time zone) between which no reminder reaches me; start after end spans midnight.</summary>
/// <param name="Start">When quiet hours begin, e.g. 22:00.</param>
/// <param name="End">When they end, e.g. 08:00.</param>
public sealed record QuietHoursView(string Start, string End);
