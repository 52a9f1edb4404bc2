using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups.RemoveGroupMember;

internal sealed class RemoveGroupMemberHandler(GroupAccess access, IGroupRepository groups) : IHandler<RemoveGroupMemberCommand, bool>
{
    public async Task<bool> HandleAsync(RemoveGroupMemberCommand request, CancellationToken ct)
    {
        var context = await access.ForMemberAsync(request.UserId, request.GroupId, ct);
        if (request.MemberId == request.UserId)
        {
            if (context.Me.Role == GroupRole.Owner)
                throw new ProblemException(Problems.OwnerCannotLeave);
        }
        else if (context.Me.Role != GroupRole.Owner)
            throw new ProblemException(Problems.Forbidden, "Only the group's owner can remove other members.");
        if (context.Members.All(m => m.UserId != request.MemberId))
            throw new ProblemException(Problems.NotFound, "No such member.");
        return await groups.RemoveMemberAsync(request.GroupId, request.MemberId, ct);
    }
}
