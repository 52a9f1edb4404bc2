using System.Net;
using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Auth;

namespace AdaptiveLearning.Client.Authentication;

/// <summary>Hands out a valid access token from the token store: refreshes it before expiry, logs in again when refreshing is refused.</summary>
internal sealed class TokenProvider(AdaptiveLearningSession session, IAdaptiveLearningTokenStore store, AdaptiveLearningClientOptions options, Func<IAuthApi> auth)
{
    private readonly SemaphoreSlim _renewal = new(1, 1);

    /// <summary>The service account key to send instead of a user's token, if the client was given one.</summary>
    public string? ApiKey => options.ApiKey;

    public async Task<string> GetAccessTokenAsync(string? rejectedToken, CancellationToken ct)
    {
        if (await CurrentAsync(rejectedToken, ct).ConfigureAwait(false) is { } token)
            return token;
        await _renewal.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // Another caller may have renewed the token while this one waited.
            if (await CurrentAsync(rejectedToken, ct).ConfigureAwait(false) is { } renewed)
                return renewed;
            var tokens = await RenewAsync(ct).ConfigureAwait(false);
            await SaveAsync(tokens, ct).ConfigureAwait(false);
            return tokens.AccessToken;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public async Task SaveAsync(TokenResponse tokens, CancellationToken ct)
    {
        if (ReferenceEquals(store, session))
            session.Use(tokens);
        else
            await store.SaveAsync(new AdaptiveLearningTokens(tokens.AccessToken, tokens.RefreshToken,
                options.TimeProvider.GetUtcNow().AddSeconds(tokens.ExpiresIn)), ct).ConfigureAwait(false);
    }

    public ValueTask<AdaptiveLearningTokens?> PeekAsync(CancellationToken ct) => store.GetAsync(ct);

    public async Task ForgetAsync(CancellationToken ct)
    {
        if (ReferenceEquals(store, session))
            session.Clear();
        else
            await store.SaveAsync(null, ct).ConfigureAwait(false);
    }

    private async Task<string?> CurrentAsync(string? rejectedToken, CancellationToken ct)
    {
        var tokens = await store.GetAsync(ct).ConfigureAwait(false);
        return tokens is not null && tokens.AccessToken != rejectedToken
               && options.TimeProvider.GetUtcNow() + options.RefreshBeforeExpiry < tokens.AccessTokenExpiresAt
            ? tokens.AccessToken
            : null;
    }

    private async Task<TokenResponse> RenewAsync(CancellationToken ct)
    {
        if ((await store.GetAsync(ct).ConfigureAwait(false))?.RefreshToken is { Length: > 0 } refreshToken)
        {
            try
            {
                return await auth().RefreshAsync(new RefreshRequest { RefreshToken = refreshToken }, ct).ConfigureAwait(false);
            }
            catch (AdaptiveLearningApiException e) when (e.Status == HttpStatusCode.Unauthorized && HasCredentials)
            {
                // The refresh token expired or was revoked: fall back to a fresh login.
            }
        }
        if (!HasCredentials)
            throw new InvalidOperationException(
                "This call needs a signed-in user: set Login and Password in AdaptiveLearningClientOptions, or call SignInAsync first.");
        return await auth().LoginAsync(new LoginRequest { Login = options.Login!, Password = options.Password! }, ct).ConfigureAwait(false);
    }

    private bool HasCredentials => !string.IsNullOrEmpty(options.Login) && !string.IsNullOrEmpty(options.Password);
}
