using System.Net;
using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Auth;

namespace AdaptiveLearning.Client.Authentication;

/// <summary>Hands out a valid access token: refreshes it before expiry, logs in again when refreshing is refused.</summary>
internal sealed class TokenProvider(AdaptiveLearningSession session, AdaptiveLearningClientOptions options, Func<IAuthApi> auth)
{
    private readonly SemaphoreSlim _renewal = new(1, 1);

    public async Task<string> GetAccessTokenAsync(string? rejectedToken, CancellationToken ct)
    {
        if (Current(rejectedToken) is { } token)
            return token;
        await _renewal.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // Another caller may have renewed the token while this one waited.
            if (Current(rejectedToken) is { } renewed)
                return renewed;
            session.Use(await RenewAsync(ct).ConfigureAwait(false));
            return session.Tokens!.AccessToken;
        }
        finally
        {
            _renewal.Release();
        }
    }

    private string? Current(string? rejectedToken)
    {
        var tokens = session.Tokens;
        return tokens is not null && tokens.AccessToken != rejectedToken && session.AccessTokenValidFor(options.RefreshBeforeExpiry)
            ? tokens.AccessToken
            : null;
    }

    private async Task<TokenResponse> RenewAsync(CancellationToken ct)
    {
        if (session.Tokens?.RefreshToken is { Length: > 0 } refreshToken)
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
