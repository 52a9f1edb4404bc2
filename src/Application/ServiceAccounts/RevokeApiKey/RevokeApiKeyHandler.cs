using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts.RevokeApiKey;

/// <summary>Idempotent: revoking a revoked key answers the key as it is and records nothing new.</summary>
internal sealed class RevokeApiKeyHandler(IServiceAccountStore store, IClock clock) : IHandler<RevokeApiKeyCommand, ApiKeyView>
{
    public async Task<ApiKeyView> HandleAsync(RevokeApiKeyCommand request, CancellationToken ct)
    {
        var key = await store.KeyOrThrowAsync(request.ServiceAccountId, request.KeyId, ct);
        var now = clock.UtcNow;
        if (key.RevokedAt is not null)
            return key.ToView(now);
        await store.RevokeKeyAsync(key.Id, now, new AuditEntry(now, AuditKind.ApiKeyRevoked, key.ServiceAccountId, request.ActorId, request.Client,
            $"{ApiKeySecret.PrefixOf(key.Id)} \"{key.Name}\""), ct);
        return (await store.KeyOrThrowAsync(request.ServiceAccountId, request.KeyId, ct)).ToView(now);
    }
}
