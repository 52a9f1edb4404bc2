using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts.ListApiKeys;

internal sealed class ListApiKeysHandler(IServiceAccountStore store, IClock clock) : IHandler<ListApiKeysQuery, ApiKeyList>
{
    public async Task<ApiKeyList> HandleAsync(ListApiKeysQuery request, CancellationToken ct)
    {
        await store.AccountOrThrowAsync(request.ServiceAccountId, ct);
        var now = clock.UtcNow;
        return new ApiKeyList((await store.ListKeysAsync(request.ServiceAccountId, ct)).Select(k => k.ToView(now)).ToList());
    }
}
