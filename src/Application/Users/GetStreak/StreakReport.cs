namespace AdaptiveLearning.Application.Users.GetStreak;

/// <summary>My study streak in my own days (ADR 0022).</summary>
/// <param name="Current">Consecutive active days up to today (or yesterday, while today is still open); frozen days keep it without adding to it.</param>
/// <param name="Longest">My longest streak ever.</param>
/// <param name="ActiveToday">Whether I have studied today.</param>
/// <param name="Today">My current learner day.</param>
/// <param name="LastActiveDay">The last day I studied; null if never.</param>
/// <param name="FreezesAvailable">Freezes held, each spent automatically on a missed day.</param>
/// <param name="FreezesUsed">Freezes spent so far.</param>
/// <param name="FrozenDays">The last (up to 30) days a freeze covered, oldest first.</param>
/// <param name="FreezeEveryDays">A freeze is earned every this many consecutive active days.</param>
/// <param name="MaxFreezes">At most this many freezes are held.</param>
/// <param name="TimeZone">The IANA time zone of "today".</param>
/// <param name="DayStartHour">The local hour at which my day begins.</param>
public sealed record StreakReport(int Current, int Longest, bool ActiveToday, DateOnly Today, DateOnly? LastActiveDay, int FreezesAvailable,
    int FreezesUsed, IReadOnlyList<DateOnly> FrozenDays, int FreezeEveryDays, int MaxFreezes, string TimeZone, int DayStartHour);
