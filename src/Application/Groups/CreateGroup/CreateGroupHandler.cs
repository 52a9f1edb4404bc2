using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups.CreateGroup;

internal sealed class CreateGroupHandler(SessionLoader loader, IGroupRepository groups, GroupAccess access, IClock clock)
    : IHandler<CreateGroupCommand, GroupView>
{
    public async Task<GroupView> HandleAsync(CreateGroupCommand request, CancellationToken ct)
    {
        var owner = await loader.LearnerAsync(request.UserId, ct);
        var group = new StudyGroup(Guid.NewGuid(), request.Name.Trim(), owner.Id, InviteCode.New(), clock.UtcNow);
        await groups.AddAsync(group, ct);
        return GroupView.Detail(await access.ForMemberAsync(owner.Id, group.Id, ct));
    }
}
