using AdaptiveLearning.Application.Notifications;

namespace AdaptiveLearning.Application.Users.UpdateNotificationPreferences;

/// <param name="Channels">Types left out get their defaults back (the preferences are replaced as a whole).</param>
/// <param name="QuietHours">Null: no quiet hours.</param>
public sealed record UpdateNotificationPreferencesCommand(Guid UserId, IReadOnlyList<ChannelPreference> Channels, QuietHoursView? QuietHours);
