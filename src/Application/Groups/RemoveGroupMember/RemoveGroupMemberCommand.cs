namespace AdaptiveLearning.Application.Groups.RemoveGroupMember;

/// <param name="MemberId">The caller's own id to leave; the owner may name any other member.</param>
public sealed record RemoveGroupMemberCommand(Guid UserId, Guid GroupId, Guid MemberId);
