using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Client;

/// <summary>
/// The tokens the client currently holds. The client fills and renews it by itself; set it with
/// <see cref="Use"/> to resume a session saved elsewhere.
/// </summary>
public sealed class AdaptiveLearningSession
{
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private TokenResponse? _tokens;
    private DateTimeOffset _expiresAt;

    internal AdaptiveLearningSession(TimeProvider clock) => _clock = clock;

    /// <summary>Raised after new tokens were stored (login, refresh or <see cref="Use"/>), for apps that persist them.</summary>
    public event EventHandler<TokenResponse>? TokensChanged;

    /// <summary>The current tokens, or null before the first login and after sign-out.</summary>
    public TokenResponse? Tokens
    {
        get { lock (_gate) return _tokens; }
    }

    /// <summary>When the current access token expires, or null without tokens.</summary>
    public DateTimeOffset? AccessTokenExpiresAt
    {
        get { lock (_gate) return _tokens is null ? null : _expiresAt; }
    }

    /// <summary>Stores tokens obtained elsewhere (for example from a login made by your own code).</summary>
    /// <param name="tokens">The tokens returned by login or refresh; the expiry counts from now.</param>
    public void Use(TokenResponse tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        lock (_gate)
        {
            _tokens = tokens;
            _expiresAt = _clock.GetUtcNow().AddSeconds(tokens.ExpiresIn);
        }
        TokensChanged?.Invoke(this, tokens);
    }

    /// <summary>Forgets the tokens; the next authenticated call logs in again when credentials are configured.</summary>
    public void Clear()
    {
        lock (_gate)
            _tokens = null;
    }

    internal bool AccessTokenValidFor(TimeSpan margin)
    {
        lock (_gate)
            return _tokens is not null && _clock.GetUtcNow() + margin < _expiresAt;
    }
}
