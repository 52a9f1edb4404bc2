using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Progress.GetProgress;
using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups.GetMemberProgress;

/// <summary>
/// An educator's view of a member: the member's own progress report, only while they share it with this group.
/// The report is the one the member sees for themselves (same use case), never more.
/// </summary>
internal sealed class GetMemberProgressHandler(GroupAccess access, IHandler<GetProgressQuery, ProgressReport> progress)
    : IHandler<GetMemberProgressQuery, ProgressReport>
{
    public async Task<ProgressReport> HandleAsync(GetMemberProgressQuery request, CancellationToken ct)
    {
        var context = await access.ForOwnerAsync(request.UserId, request.GroupId, ct);
        if (!request.CallerIsEducator)
            throw new ProblemException(Problems.Forbidden, "Only an owner with the author or admin role sees members' progress.");
        var member = context.Members.FirstOrDefault(m => m.UserId == request.MemberId)
                     ?? throw new ProblemException(Problems.NotFound, "No such member.");
        if (member.Role != GroupRole.Owner && !member.SharesProgress)
            throw new ProblemException(Problems.ProgressNotShared);
        return await progress.HandleAsync(new GetProgressQuery(member.UserId, request.NodePath), ct);
    }
}
