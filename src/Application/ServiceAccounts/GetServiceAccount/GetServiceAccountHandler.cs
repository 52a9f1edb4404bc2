using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts.GetServiceAccount;

internal sealed class GetServiceAccountHandler(IServiceAccountStore store) : IHandler<GetServiceAccountQuery, ServiceAccount>
{
    public Task<ServiceAccount> HandleAsync(GetServiceAccountQuery request, CancellationToken ct) => store.AccountOrThrowAsync(request.Id, ct);
}
