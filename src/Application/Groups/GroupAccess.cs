using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups;

/// <summary>
/// Loads a group for one of its members. A group the caller does not belong to answers exactly like no group at all
/// (404), so group ids cannot be probed.
/// </summary>
internal sealed class GroupAccess(IGroupRepository groups)
{
    public async Task<MemberContext> ForMemberAsync(Guid userId, Guid groupId, CancellationToken ct)
    {
        var group = await groups.GetAsync(groupId, ct) ?? throw Missing();
        var members = await groups.MembersAsync(groupId, ct);
        var me = members.FirstOrDefault(m => m.UserId == userId) ?? throw Missing();
        return new MemberContext(group, members, me);
    }

    public async Task<MemberContext> ForOwnerAsync(Guid userId, Guid groupId, CancellationToken ct)
    {
        var context = await ForMemberAsync(userId, groupId, ct);
        if (context.Me.Role != GroupRole.Owner)
            throw new ProblemException(Problems.Forbidden, "Only the group's owner can do this.");
        return context;
    }

    public static ProblemException Missing() => new(Problems.NotFound, "No such group.");
}
