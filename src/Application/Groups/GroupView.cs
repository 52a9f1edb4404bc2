using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups;

/// <summary>A study group as one of its members sees it.</summary>
/// <param name="InviteCode">Only the owner sees it; anyone holding it can join until the owner replaces it.</param>
/// <param name="SharesProgress">Whether I let an educating owner see my progress in this group.</param>
/// <param name="Members">In the group's detail only.</param>
public sealed record GroupView(
    Guid Id, string Name, GroupRole MyRole, bool SharesProgress, string? InviteCode, int MemberCount, DateTimeOffset CreatedAt,
    IReadOnlyList<GroupMemberView>? Members)
{
    public static GroupView Summary(GroupSummary s) => new(s.Group.Id, s.Group.Name, s.MyRole, s.SharesProgress,
        s.MyRole == GroupRole.Owner ? s.Group.InviteCode : null, s.MemberCount, s.Group.CreatedAt, null);

    public static GroupView Detail(MemberContext c) => new(c.Group.Id, c.Group.Name, c.Me.Role, c.Me.SharesProgress,
        c.Me.Role == GroupRole.Owner ? c.Group.InviteCode : null, c.Members.Count, c.Group.CreatedAt,
        c.Members.Select(GroupMemberView.From).ToList());
}
