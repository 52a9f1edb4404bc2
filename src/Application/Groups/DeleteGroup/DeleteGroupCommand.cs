namespace AdaptiveLearning.Application.Groups.DeleteGroup;

public sealed record DeleteGroupCommand(Guid UserId, Guid GroupId);
