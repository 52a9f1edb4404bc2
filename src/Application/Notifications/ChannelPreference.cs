using AdaptiveLearning.Domain.Notifications;

namespace AdaptiveLearning.Application.Notifications;

/// <summary>Where one type of notification reaches me.</summary>
/// <param name="Type">The notification type.</param>
/// <param name="InApp">Shown in my feed.</param>
/// <param name="Email">Sent to my (confirmed) email address.</param>
public sealed record ChannelPreference(NotificationType Type, bool InApp, bool Email);
