namespace AdaptiveLearning.Application.Badges.DeleteBadge;

public sealed record DeleteBadgeCommand(string Key);
