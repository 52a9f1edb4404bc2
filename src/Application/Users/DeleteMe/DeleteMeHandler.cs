using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.DeleteMe;

internal sealed class DeleteMeHandler(IUserRepository users) : IHandler<DeleteMeCommand, bool>
{
    public async Task<bool> HandleAsync(DeleteMeCommand request, CancellationToken ct)
    {
        await users.DeleteAsync(request.UserId, ct);
        return true;
    }
}
