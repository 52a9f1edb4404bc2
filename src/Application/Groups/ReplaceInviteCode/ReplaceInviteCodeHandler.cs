using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Groups.ReplaceInviteCode;

/// <summary>The old code stops working at once; members who joined with it stay.</summary>
internal sealed class ReplaceInviteCodeHandler(GroupAccess access, IGroupRepository groups) : IHandler<ReplaceInviteCodeCommand, GroupView>
{
    public async Task<GroupView> HandleAsync(ReplaceInviteCodeCommand request, CancellationToken ct)
    {
        var context = await access.ForOwnerAsync(request.UserId, request.GroupId, ct);
        var code = InviteCode.New();
        await groups.ReplaceInviteCodeAsync(request.GroupId, code, ct);
        return GroupView.Detail(context with { Group = context.Group with { InviteCode = code } });
    }
}
