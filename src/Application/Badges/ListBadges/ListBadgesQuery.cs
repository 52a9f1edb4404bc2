namespace AdaptiveLearning.Application.Badges.ListBadges;

public sealed record ListBadgesQuery(Guid UserId);
