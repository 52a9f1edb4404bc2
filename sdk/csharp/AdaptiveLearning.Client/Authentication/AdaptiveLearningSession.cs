using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Client;

/// <summary>
/// The default token store: one user's tokens, in memory. The client fills and renews it by itself; set it with
/// <see cref="Use"/> to resume a session saved elsewhere. Unused when <see cref="AdaptiveLearningClientOptions.TokenStore"/> is set.
/// </summary>
public sealed class AdaptiveLearningSession : IAdaptiveLearningTokenStore
{
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private TokenResponse? _response;
    private AdaptiveLearningTokens? _current;

    internal AdaptiveLearningSession(TimeProvider clock) => _clock = clock;

    /// <summary>Raised after new tokens were stored (login, refresh or <see cref="Use"/>), for apps that persist them.</summary>
    public event EventHandler<TokenResponse>? TokensChanged;

    /// <summary>The last login or refresh response, or null before the first login and after sign-out.</summary>
    public TokenResponse? Tokens
    {
        get { lock (_gate) return _response; }
    }

    /// <summary>When the current access token expires, or null without tokens.</summary>
    public DateTimeOffset? AccessTokenExpiresAt
    {
        get { lock (_gate) return _current?.AccessTokenExpiresAt; }
    }

    /// <summary>Stores tokens obtained elsewhere (for example from a login made by your own code).</summary>
    /// <param name="tokens">The tokens returned by login or refresh; the expiry counts from now.</param>
    public void Use(TokenResponse tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        lock (_gate)
        {
            _response = tokens;
            _current = new AdaptiveLearningTokens(tokens.AccessToken, tokens.RefreshToken, _clock.GetUtcNow().AddSeconds(tokens.ExpiresIn));
        }
        TokensChanged?.Invoke(this, tokens);
    }

    /// <summary>Forgets the tokens; the next authenticated call logs in again when credentials are configured.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _response = null;
            _current = null;
        }
    }

    ValueTask<AdaptiveLearningTokens?> IAdaptiveLearningTokenStore.GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
            return ValueTask.FromResult(_current);
    }

    ValueTask IAdaptiveLearningTokenStore.SaveAsync(AdaptiveLearningTokens? tokens, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _current = tokens;
            if (tokens is null || tokens.AccessToken != _response?.AccessToken)
                _response = null;
        }
        return ValueTask.CompletedTask;
    }
}
