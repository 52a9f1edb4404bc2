using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts.ListServiceAccounts;

internal sealed class ListServiceAccountsHandler(IServiceAccountStore store) : IHandler<ListServiceAccountsQuery, ServiceAccountList>
{
    public async Task<ServiceAccountList> HandleAsync(ListServiceAccountsQuery request, CancellationToken ct) =>
        new(await store.ListAccountsAsync(ct));
}
