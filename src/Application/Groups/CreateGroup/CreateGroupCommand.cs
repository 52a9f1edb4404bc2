namespace AdaptiveLearning.Application.Groups.CreateGroup;

public sealed record CreateGroupCommand(Guid UserId, string Name);
