using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Admin.UpdateUser;

internal sealed class UpdateUserHandler(IUserAdministration accounts, IClock clock) : IHandler<UpdateUserCommand, ManagedUser>
{
    public async Task<ManagedUser> HandleAsync(UpdateUserCommand request, CancellationToken ct)
    {
        if (request.Role is null && request.Active is null)
            throw ProblemException.Field("role", "Send role, active or both.");
        var at = clock.UtcNow;
        return await accounts.ChangeAsync(request.UserId,
                   (current, otherActiveAdmins) => AccountChange.Decide(current, otherActiveAdmins, request.Role, request.Active,
                       request.ActorId, request.Client, at),
                   at, ct)
               ?? throw new ProblemException(Problems.NotFound);
    }
}
