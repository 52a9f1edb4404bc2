using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Auth;

/// <summary>Accounts and tokens: <c>/api/v1/auth</c>.</summary>
public interface IAuthApi
{
    /// <summary>Creates a learner account.</summary>
    /// <param name="request">Email, username, password and an optional display name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 409 <c>email_taken</c> or <c>username_taken</c>, 429.</exception>
    [Post("/api/v1/auth/register")]
    Task<RegisterResponse> RegisterAsync([Body] RegisterRequest request, CancellationToken cancellationToken = default);

    /// <summary>Logs in with email or username; the account locks for 15 minutes after 5 failures.</summary>
    /// <param name="request">Login (email or username) and password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A 15-minute access token and a rotating refresh token.</returns>
    /// <exception cref="AdaptiveLearningApiException">401 <c>invalid_credentials</c>, 429 <c>login_throttled</c> (this client failed too often; wait <c>Retry-After</c>).</exception>
    /// <exception cref="AdaptiveLearningMfaRequiredException">401 <c>mfa_required</c>: the password is right and the account has two-step sign-in; finish with <see cref="LoginMfaAsync"/>.</exception>
    [Post("/api/v1/auth/login")]
    Task<TokenResponse> LoginAsync([Body] LoginRequest request, CancellationToken cancellationToken = default);

    /// <summary>Finishes a login that answered <c>mfa_required</c>: its challenge plus an authenticator code or a recovery code.</summary>
    /// <param name="request">The challenge (<see cref="AdaptiveLearningMfaRequiredException.Challenge"/>) and either <c>Code</c> or <c>RecoveryCode</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A 15-minute access token and a rotating refresh token.</returns>
    /// <exception cref="AdaptiveLearningApiException">401 <c>invalid_mfa_code</c> (wrong or already used code; try again), 401 <c>invalid_mfa_challenge</c> (expired, used, or too many wrong codes: log in again), 429 <c>login_throttled</c>.</exception>
    [Post("/api/v1/auth/login/mfa")]
    Task<TokenResponse> LoginMfaAsync([Body] LoginMfaRequest request, CancellationToken cancellationToken = default);

    /// <summary>Exchanges a refresh token for new tokens; reusing a token revokes its whole family.</summary>
    /// <param name="request">The refresh token from the last login or refresh.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>New tokens; the old refresh token is no longer valid.</returns>
    /// <exception cref="AdaptiveLearningApiException">401 <c>invalid_refresh_token</c> or <c>refresh_token_reused</c>.</exception>
    [Post("/api/v1/auth/refresh")]
    Task<TokenResponse> RefreshAsync([Body] RefreshRequest request, CancellationToken cancellationToken = default);

    /// <summary>Revokes the refresh token and every token rotated from the same login.</summary>
    /// <param name="request">The refresh token to revoke.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the server has revoked the tokens.</returns>
    [Post("/api/v1/auth/logout")]
    [Headers("Authorization: Bearer")]
    Task LogoutAsync([Body] LogoutRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts signing in with an external OpenID Connect provider. Apps normally open this URL in the browser
    /// (or the system's authentication session on mobile) rather than call it: the answer is a 302 to the provider.
    /// </summary>
    /// <param name="provider">A provider name configured on the server.</param>
    /// <param name="returnUrl">Where the server sends the browser back, with <c>?code=</c> or <c>?error=</c>; must be on the server's allow-list.</param>
    /// <param name="codeChallenge">BASE64URL(SHA-256(verifier)) of a random verifier the app keeps for <see cref="ExchangeExternalCodeAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The raw response: 302 with the provider's URL in <c>Location</c> when the HTTP handler does not follow redirects.</returns>
    [Get("/api/v1/auth/external/{provider}/start")]
    Task<HttpResponseMessage> StartExternalSignInAsync(string provider, string returnUrl, string codeChallenge, CancellationToken cancellationToken = default);

    /// <summary>The provider's redirect back to the API. Only the provider's redirect calls it; it is here so that every route has a method.</summary>
    /// <param name="provider">The provider name.</param>
    /// <param name="code">The provider's authorization code.</param>
    /// <param name="state">The state the API sent to the provider.</param>
    /// <param name="error">The provider's error, when the user declined.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The raw response: 302 to the app's returnUrl, or 400 <c>external_state_invalid</c>.</returns>
    [Get("/api/v1/auth/external/{provider}/callback")]
    Task<HttpResponseMessage> CompleteExternalSignInAsync(string provider, string? code, string? state, string? error, CancellationToken cancellationToken = default);

    /// <summary>Trades the one-time code the app received at its returnUrl for tokens, as <see cref="LoginAsync"/> gives.</summary>
    /// <param name="request">The code (valid for a minute, once) and the PKCE verifier of the challenge sent to start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A 15-minute access token and a rotating refresh token.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 401 <c>invalid_external_code</c> (unknown, expired, used, or the verifier does not match).</exception>
    [Post("/api/v1/auth/external/exchange")]
    Task<TokenResponse> ExchangeExternalCodeAsync([Body] ExchangeExternalCodeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Mails a password reset link (valid 30 minutes) if an account has the address. Answers the same whether or not one does.</summary>
    /// <param name="request">The account's email address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the server accepted the request.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>; 429 <c>rate_limited</c>.</exception>
    [Post("/api/v1/auth/password-reset")]
    Task RequestPasswordResetAsync([Body] RequestPasswordResetRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets a new password with the token from a reset mail (single use); signs the account out on every device.</summary>
    /// <param name="request">The mailed token and the new password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the password is changed.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>invalid_account_token</c>, or <c>validation_failed</c> for a weak password.</exception>
    [Post("/api/v1/auth/password-reset/confirm")]
    Task ConfirmPasswordResetAsync([Body] ConfirmPasswordResetRequest request, CancellationToken cancellationToken = default);

    /// <summary>Confirms an email address with the token from a verification or email-change mail (single use).</summary>
    /// <param name="request">The mailed token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account's address, now verified (the new one after an email change).</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>invalid_account_token</c>; 409 <c>email_taken</c> when another account took the new address.</exception>
    [Post("/api/v1/auth/email/verify")]
    Task<VerifiedEmailResponse> VerifyEmailAsync([Body] VerifyEmailRequest request, CancellationToken cancellationToken = default);
}
