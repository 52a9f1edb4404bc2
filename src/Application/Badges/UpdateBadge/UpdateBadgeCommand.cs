namespace AdaptiveLearning.Application.Badges.UpdateBadge;

/// <param name="Retired">True retires the badge, false brings it back; null leaves it.</param>
public sealed record UpdateBadgeCommand(string Key, BadgeFields Fields, bool? Retired);
