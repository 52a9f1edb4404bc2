namespace AdaptiveLearning.Application.Groups.ReplaceInviteCode;

public sealed record ReplaceInviteCodeCommand(Guid UserId, Guid GroupId);
