namespace AdaptiveLearning.Application.Badges.ListMyBadges;

public sealed record ListMyBadgesQuery(Guid UserId);
