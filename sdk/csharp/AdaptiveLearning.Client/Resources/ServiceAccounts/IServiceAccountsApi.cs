using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.ServiceAccounts;

/// <summary>
/// Service accounts and their API keys, for admins only: <c>/api/v1/admin/service-accounts</c>. An integrator's server
/// then calls the API with a key instead of a user: set <see cref="AdaptiveLearningClientOptions.ApiKey"/>.
/// </summary>
[Headers("Authorization: Bearer")]
public interface IServiceAccountsApi
{
    /// <summary>Creates a service account with the scopes its keys may hold.</summary>
    /// <param name="request">Name, description and scopes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>.</exception>
    [Post("/api/v1/admin/service-accounts")]
    Task<ServiceAccount> CreateServiceAccountAsync([Body] CreateServiceAccountRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every service account, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The accounts.</returns>
    [Get("/api/v1/admin/service-accounts")]
    Task<ServiceAccountList> ListServiceAccountsAsync(CancellationToken cancellationToken = default);

    /// <summary>One service account.</summary>
    /// <param name="id">The account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/admin/service-accounts/{id}")]
    Task<ServiceAccount> GetServiceAccountAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Renames, describes, deactivates or reactivates a service account; a deactivated account's keys are refused at once.</summary>
    /// <param name="id">The account id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account after the change.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 404 <c>not_found</c>.</exception>
    [Patch("/api/v1/admin/service-accounts/{id}")]
    Task<ServiceAccount> UpdateServiceAccountAsync(Guid id, [Body] UpdateServiceAccountRequest request, CancellationToken cancellationToken = default);

    /// <summary>Issues an API key. <see cref="IssuedApiKey.Key"/> is in this response only: store it at once.</summary>
    /// <param name="id">The account id.</param>
    /// <param name="request">Name, scopes (a subset of the account's) and the required expiry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key and its details.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (expiry, scopes), 404 <c>not_found</c>, 409 <c>conflict</c> (account deactivated).</exception>
    [Post("/api/v1/admin/service-accounts/{id}/keys")]
    Task<IssuedApiKey> CreateApiKeyAsync(Guid id, [Body] CreateApiKeyRequest request, CancellationToken cancellationToken = default);

    /// <summary>A service account's keys, newest first, without their secrets.</summary>
    /// <param name="id">The account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keys with prefix, scopes, created, expires, last used and state.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/admin/service-accounts/{id}/keys")]
    Task<ApiKeyList> ListApiKeysAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Revokes a key: calls with it fail with <see cref="ErrorCodes.ApiKeyRevoked"/> at once. Revoking twice is harmless.</summary>
    /// <param name="id">The account id.</param>
    /// <param name="keyId">The key id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The revoked key.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Post("/api/v1/admin/service-accounts/{id}/keys/{keyId}/revoke")]
    Task<ApiKeyView> RevokeApiKeyAsync(Guid id, Guid keyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rotates a key: returns a new key (shown once) with the same name and scopes; the old key keeps working until the
    /// grace period ends (<see cref="IssuedApiKey.Replaced"/> says when), then fails with <see cref="ErrorCodes.ApiKeyExpired"/>.
    /// </summary>
    /// <param name="id">The account id.</param>
    /// <param name="keyId">The key to replace.</param>
    /// <param name="request">The new key's expiry and the grace period; both optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new key and the old one's new expiry.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>, 422 <c>invalid_transition</c> (revoked, expired or already rotated).</exception>
    [Post("/api/v1/admin/service-accounts/{id}/keys/{keyId}/rotate")]
    Task<IssuedApiKey> RotateApiKeyAsync(Guid id, Guid keyId, [Body] RotateApiKeyRequest request, CancellationToken cancellationToken = default);
}
