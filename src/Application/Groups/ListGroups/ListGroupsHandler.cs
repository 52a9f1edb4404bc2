using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Groups.ListGroups;

internal sealed class ListGroupsHandler(IGroupRepository groups) : IHandler<ListGroupsQuery, IReadOnlyList<GroupView>>
{
    public async Task<IReadOnlyList<GroupView>> HandleAsync(ListGroupsQuery request, CancellationToken ct) =>
        (await groups.ListForAsync(request.UserId, ct)).Select(GroupView.Summary).ToList();
}
