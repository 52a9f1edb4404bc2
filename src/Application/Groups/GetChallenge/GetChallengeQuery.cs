namespace AdaptiveLearning.Application.Groups.GetChallenge;

public sealed record GetChallengeQuery(Guid UserId, Guid GroupId, Guid ChallengeId);
