using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Groups.DeleteGroup;

/// <summary>Removes the group, its memberships and challenges; the members' own points and answers stay.</summary>
internal sealed class DeleteGroupHandler(GroupAccess access, IGroupRepository groups) : IHandler<DeleteGroupCommand, bool>
{
    public async Task<bool> HandleAsync(DeleteGroupCommand request, CancellationToken ct)
    {
        await access.ForOwnerAsync(request.UserId, request.GroupId, ct);
        await groups.DeleteAsync(request.GroupId, ct);
        return true;
    }
}
