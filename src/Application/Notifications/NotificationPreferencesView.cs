using System.Globalization;
using AdaptiveLearning.Domain.Notifications;

namespace AdaptiveLearning.Application.Notifications;

/// <summary>My notification preferences.</summary>
/// <param name="Channels">Every notification type with its channels.</param>
/// <param name="QuietHours">Null: reminders at any hour.</param>
/// <param name="TimeZone">The profile time zone quiet hours are read in (change it with PATCH /users/me).</param>
public sealed record NotificationPreferencesView(IReadOnlyList<ChannelPreference> Channels, QuietHoursView? QuietHours, string TimeZone)
{
    public const string TimeFormat = "HH:mm";

    public static NotificationPreferencesView From(NotificationPreferences preferences, string timeZone) => new(
        Enum.GetValues<NotificationType>().Select(t => new ChannelPreference(t, preferences.For(t).InApp, preferences.For(t).Email)).ToList(),
        preferences.Quiet is { } quiet
            ? new QuietHoursView(quiet.Start.ToString(TimeFormat, CultureInfo.InvariantCulture), quiet.End.ToString(TimeFormat, CultureInfo.InvariantCulture))
            : null,
        timeZone);
}
