namespace AdaptiveLearning.Domain.Engagement;

/// <param name="Current">Active days in the running streak (frozen days keep it alive but do not add to it).</param>
/// <param name="Longest">The longest streak ever, in active days.</param>
/// <param name="FreezesAvailable">Freezes held now, spent automatically on the next missed day.</param>
/// <param name="FreezesUsed">Freezes spent so far.</param>
/// <param name="FrozenDays">Day numbers a freeze covered, oldest first.</param>
/// <param name="ActiveToday">Whether today already counts.</param>
/// <param name="LastActiveDay">The most recent active day number; null without any activity.</param>
public sealed record Streak(int Current, int Longest, int FreezesAvailable, int FreezesUsed, IReadOnlyList<int> FrozenDays,
    bool ActiveToday, int? LastActiveDay)
{
    public static Streak None { get; } = new(0, 0, 0, 0, [], false, null);
}
