using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups.JoinGroup;

/// <summary>Joining twice is harmless: a member who uses the code again just gets the group back.</summary>
internal sealed class JoinGroupHandler(SessionLoader loader, IGroupRepository groups, GroupAccess access, IClock clock)
    : IHandler<JoinGroupCommand, GroupView>
{
    public async Task<GroupView> HandleAsync(JoinGroupCommand request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var (outcome, groupId) = await groups.JoinAsync(InviteCode.Normalise(request.InviteCode), learner.Id, clock.UtcNow, ct);
        return outcome switch
        {
            JoinOutcome.UnknownCode => throw new ProblemException(Problems.InvalidInviteCode),
            JoinOutcome.Full => throw new ProblemException(Problems.GroupFull, $"A group has at most {StudyGroup.MaxMembers} members."),
            _ => GroupView.Detail(await access.ForMemberAsync(learner.Id, groupId!.Value, ct)),
        };
    }
}
