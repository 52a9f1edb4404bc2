namespace AdaptiveLearning.Application.Groups.GetGroup;

public sealed record GetGroupQuery(Guid UserId, Guid GroupId);
