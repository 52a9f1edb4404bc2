using AdaptiveLearning.Api.Features.Users.GetNotificationPreferences;
using AdaptiveLearning.Application.Notifications;

namespace AdaptiveLearning.Api.Features.Users.UpdateNotificationPreferences;

public sealed class UpdateNotificationPreferencesRequest
{
    public const string Route = GetNotificationPreferencesEndpoint.Route;

    /// <summary>Channels per type; a type left out gets its default back (in-app on; email on for reviews_due and streak_at_risk).</summary>
    public IReadOnlyList<ChannelPreference> Channels { get; init; } = [];
    /// <summary>Local times without reminders, in my profile time zone; null for none.</summary>
    public QuietHoursView? QuietHours { get; init; }
}
