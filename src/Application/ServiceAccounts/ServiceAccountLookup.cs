using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>The 404s the admin use cases share: an unknown account, or a key that is not the account's.</summary>
internal static class ServiceAccountLookup
{
    public static async Task<ServiceAccount> AccountOrThrowAsync(this IServiceAccountStore store, Guid id, CancellationToken ct) =>
        await store.GetAccountAsync(id, ct) ?? throw new ProblemException(Problems.NotFound, "No service account has this id.");

    public static async Task<StoredApiKey> KeyOrThrowAsync(this IServiceAccountStore store, Guid accountId, Guid keyId, CancellationToken ct) =>
        await store.GetKeyAsync(accountId, keyId, ct) ?? throw new ProblemException(Problems.NotFound, "This service account has no key with this id.");
}
