namespace AdaptiveLearning.Application.Groups.ListChallenges;

public sealed record ListChallengesQuery(Guid UserId, Guid GroupId);
