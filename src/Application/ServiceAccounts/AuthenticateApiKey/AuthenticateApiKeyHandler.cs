using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts.AuthenticateApiKey;

/// <summary>
/// Checks a presented key against the database on every call, so a revocation, expiry or deactivation holds at once on
/// every instance (as the security stamp does for user tokens, ADR 0011). The secret is compared in constant time.
/// </summary>
internal sealed class AuthenticateApiKeyHandler(IServiceAccountStore store, IClock clock, ServiceAccountOptions options)
    : IHandler<AuthenticateApiKeyCommand, ApiKeyCheck>
{
    public async Task<ApiKeyCheck> HandleAsync(AuthenticateApiKeyCommand request, CancellationToken ct)
    {
        var now = clock.UtcNow;
        if (!ApiKeySecret.TryParse(request.Key, out var id, out var secret))
            return Refuse(Problems.InvalidApiKey, null, "not an API key of this service");
        var found = await store.FindForCallAsync(id, ct);
        if (found is not { Key: var key, AccountActive: var accountActive } || !ApiKeySecret.Matches(secret, key.SecretHash))
            return Refuse(Problems.InvalidApiKey, null, $"{ApiKeySecret.PrefixOf(id)}: unknown key or wrong secret");

        var prefix = ApiKeySecret.PrefixOf(id);
        if (key.RevokedAt is not null)
            return Refuse(Problems.ApiKeyRevoked, key.ServiceAccountId, $"{prefix}: revoked");
        if (key.ExpiresAt <= now)
            return Refuse(Problems.ApiKeyExpired, key.ServiceAccountId, $"{prefix}: expired");
        if (!accountActive)
            return Refuse(Problems.ServiceAccountDeactivated, key.ServiceAccountId, $"{prefix}: service account deactivated");

        if (key.LastUsedAt is not { } last || now - last >= TimeSpan.FromSeconds(options.LastUsedPrecisionSeconds))
            await store.TouchKeyAsync(key.Id, now, ct);
        return new ApiKeyCheck(key.ServiceAccountId, key.Id, key.Scopes, null, null);

        ApiKeyCheck Refuse(Problem problem, Guid? account, string detail) =>
            ApiKeyCheck.Refused(problem, new AuditEntry(now, AuditKind.ApiKeyRejected, account, null, request.Client, detail));
    }
}
