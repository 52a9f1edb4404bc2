using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups;

/// <summary>A fellow member: display name only, never an email.</summary>
/// <param name="SharesProgress">Whether they let an educating owner see their progress.</param>
public sealed record GroupMemberView(Guid UserId, string DisplayName, GroupRole Role, bool SharesProgress, DateTimeOffset JoinedAt)
{
    public static GroupMemberView From(GroupMember m) => new(m.UserId, m.DisplayName, m.Role, m.SharesProgress, m.JoinedAt);
}
