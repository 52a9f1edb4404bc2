using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts.CreateApiKey;

internal sealed class CreateApiKeyHandler(IServiceAccountStore store, IClock clock, ServiceAccountOptions options)
    : IHandler<CreateApiKeyCommand, IssuedApiKey>
{
    public async Task<IssuedApiKey> HandleAsync(CreateApiKeyCommand request, CancellationToken ct)
    {
        var account = await store.AccountOrThrowAsync(request.ServiceAccountId, ct);
        var now = clock.UtcNow;
        var stored = KeyIssuing.NewKey(account, request.Name.Trim(), request.Scopes, request.ExpiresAt, now, options, out var key);
        await store.InsertKeyAsync(stored, new AuditEntry(now, AuditKind.ApiKeyCreated, account.Id, request.ActorId, request.Client,
            $"{ApiKeySecret.PrefixOf(stored.Id)} \"{stored.Name}\": {ApiScopes.Format(stored.Scopes)}, expires {stored.ExpiresAt:O}"), ct);
        return new IssuedApiKey(key, stored.ToView(now));
    }
}
