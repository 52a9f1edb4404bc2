using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Admin.GetUser;

internal sealed class GetUserHandler(IUserAdministration accounts) : IHandler<GetUserQuery, ManagedUser>
{
    public async Task<ManagedUser> HandleAsync(GetUserQuery request, CancellationToken ct) =>
        await accounts.GetAsync(request.Id, ct) ?? throw new ProblemException(Problems.NotFound);
}
