namespace AdaptiveLearning.Client;

/// <summary>Where the API is and how the client signs in.</summary>
public sealed class AdaptiveLearningClientOptions
{
    /// <summary>The API's origin, such as <c>https://learning.example.com</c>; routes already include <c>/api/v1</c>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Email or username used to log in automatically when a call needs a token. Leave empty to sign in
    /// yourself with <see cref="AdaptiveLearningClient.SignInAsync"/> or to only call anonymous endpoints.
    /// </summary>
    public string? Login { get; set; }

    /// <summary>Password for <see cref="Login"/>.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// An API key of a service account (<c>al_live_…</c>), for a server calling the API as an integration instead of a
    /// user: every call that needs a token sends <c>Authorization: ApiKey …</c> and nothing logs in. Leave
    /// <see cref="Login"/> and <see cref="Password"/> empty. A refused key throws with <see cref="ErrorCodes.InvalidApiKey"/>,
    /// <see cref="ErrorCodes.ApiKeyRevoked"/>, <see cref="ErrorCodes.ApiKeyExpired"/> or <see cref="ErrorCodes.ServiceAccountDeactivated"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>How long before the access token expires the client refreshes it. Default: one minute.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Retries of idempotent calls (GET, HEAD, OPTIONS, PUT, DELETE) after transient failures; POST and
    /// PATCH are never retried. Default: 3; 0 turns retries off.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry's delay; later ones back off exponentially with jitter. Default: one second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a call may wait for its response before it fails with <see cref="ErrorCodes.Timeout"/>; automatic
    /// retries and token renewal count against the same budget. Default: 100 seconds.
    /// </summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The clock used to decide when a token is due for refresh. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Keeps the tokens somewhere other than this client's memory, such as per user in a server app. Default: the
    /// <see cref="IAdaptiveLearningTokenStore"/> registered in the container, else <see cref="AdaptiveLearningClient.Session"/>.
    /// </summary>
    public IAdaptiveLearningTokenStore? TokenStore { get; set; }

    /// <summary>
    /// Creates the innermost handler (for a proxy, custom certificates, or an in-memory test server).
    /// Default: the platform's socket handler.
    /// </summary>
    public Func<HttpMessageHandler>? PrimaryHandlerFactory { get; set; }

    internal void Validate()
    {
        if (BaseAddress is null || !BaseAddress.IsAbsoluteUri)
            throw new ArgumentException("AdaptiveLearningClientOptions.BaseAddress must be an absolute URI.", nameof(BaseAddress));
        if (string.IsNullOrEmpty(Login) != string.IsNullOrEmpty(Password))
            throw new ArgumentException("Set both Login and Password, or neither.", nameof(Login));
        if (!string.IsNullOrEmpty(ApiKey) && !string.IsNullOrEmpty(Login))
            throw new ArgumentException("Set ApiKey or Login and Password, not both.", nameof(ApiKey));
        if (NetworkTimeout <= TimeSpan.Zero && NetworkTimeout != Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(NetworkTimeout), "Use a positive time span.");
        if (MaxRetryAttempts < 0)
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), "Use 0 or more.");
    }
}
