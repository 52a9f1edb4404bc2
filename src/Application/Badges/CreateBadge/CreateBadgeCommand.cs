namespace AdaptiveLearning.Application.Badges.CreateBadge;

public sealed record CreateBadgeCommand(string Key, BadgeFields Fields);
