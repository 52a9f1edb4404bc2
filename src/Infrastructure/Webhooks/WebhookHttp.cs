namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>
/// The one HTTP client deliveries use: redirects are never followed (a 3xx is a failed attempt, so a receiver cannot
/// bounce a signed request to an inside address), no proxy from the environment, no cookies, connections through
/// <see cref="WebhookConnector"/>. Each send carries its own timeout.
/// </summary>
internal sealed class WebhookHttp(WebhookConnector connector, WebhookOptions options) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = connector.ConnectAsync,
        ConnectTimeout = options.Timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        MaxResponseHeadersLength = 64,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        DefaultRequestHeaders = { { "User-Agent", "AdaptiveLearning-Webhooks/1.0" } },
    };

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
        _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);

    public void Dispose() => _client.Dispose();
}
