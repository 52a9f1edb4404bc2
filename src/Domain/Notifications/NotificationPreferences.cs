namespace AdaptiveLearning.Domain.Notifications;

/// <summary>A learner's channels per notification type and their quiet hours (null: none).</summary>
public sealed record NotificationPreferences(IReadOnlyDictionary<NotificationType, ChannelChoice> Channels, QuietHours? Quiet)
{
    /// <summary>In-app for everything; email only for what costs the learner something if missed (a due review, a streak).</summary>
    public static NotificationPreferences Default { get; } = new(
        Enum.GetValues<NotificationType>().ToDictionary(t => t, DefaultFor),
        new QuietHours(new TimeOnly(22, 0), new TimeOnly(8, 0)));

    public ChannelChoice For(NotificationType type) => Channels.TryGetValue(type, out var choice) ? choice : DefaultFor(type);

    /// <summary>The given choices over the defaults, so a type the learner never set (or one added later) keeps its default.</summary>
    public static NotificationPreferences From(IEnumerable<KeyValuePair<NotificationType, ChannelChoice>> choices, QuietHours? quiet)
    {
        var channels = Enum.GetValues<NotificationType>().ToDictionary(t => t, DefaultFor);
        foreach (var (type, choice) in choices)
            channels[type] = choice;
        return new NotificationPreferences(channels, quiet);
    }

    private static ChannelChoice DefaultFor(NotificationType type) =>
        new(InApp: true, Email: type is NotificationType.ReviewsDue or NotificationType.StreakAtRisk);
}
