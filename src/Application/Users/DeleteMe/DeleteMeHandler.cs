using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Leaderboards;

namespace AdaptiveLearning.Application.Users.DeleteMe;

internal sealed class DeleteMeHandler(IUserRepository users, ILeaderboards leaderboards) : IHandler<DeleteMeCommand, bool>
{
    public async Task<bool> HandleAsync(DeleteMeCommand request, CancellationToken ct)
    {
        await users.DeleteAsync(request.UserId, ct);
        // The ledger rows went with the account: the next board read drops the learner.
        leaderboards.MarkChanged(request.UserId);
        return true;
    }
}
