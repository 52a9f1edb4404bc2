namespace AdaptiveLearning.Application.Groups.JoinGroup;

public sealed record JoinGroupCommand(Guid UserId, string InviteCode);
