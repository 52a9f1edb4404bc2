namespace AdaptiveLearning.Application.Groups.ListGroups;

public sealed record ListGroupsQuery(Guid UserId);
