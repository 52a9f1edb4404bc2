using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Groups.GetGroup;

internal sealed class GetGroupHandler(GroupAccess access) : IHandler<GetGroupQuery, GroupView>
{
    public async Task<GroupView> HandleAsync(GetGroupQuery request, CancellationToken ct) =>
        GroupView.Detail(await access.ForMemberAsync(request.UserId, request.GroupId, ct));
}
