using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Groups.UpdateMembership;

/// <summary>Only the member decides whether the group's educator may see their progress.</summary>
internal sealed class UpdateMembershipHandler(GroupAccess access, IGroupRepository groups) : IHandler<UpdateMembershipCommand, GroupView>
{
    public async Task<GroupView> HandleAsync(UpdateMembershipCommand request, CancellationToken ct)
    {
        await access.ForMemberAsync(request.UserId, request.GroupId, ct);
        await groups.SetSharingAsync(request.GroupId, request.UserId, request.SharesProgress, ct);
        return GroupView.Detail(await access.ForMemberAsync(request.UserId, request.GroupId, ct));
    }
}
