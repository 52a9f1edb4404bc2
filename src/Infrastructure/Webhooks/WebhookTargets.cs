using System.Net;
using System.Net.Sockets;
using AdaptiveLearning.Application.Webhooks;

namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>
/// The creation-time check of a webhook URL (scheme, credentials, literal addresses, then the addresses its host name
/// resolves to). Delivery checks again after its own resolution (<see cref="WebhookConnector"/>), because a name can be
/// pointed elsewhere after it was accepted.
/// </summary>
internal sealed class WebhookTargets(WebhookOptions options) : IWebhookTargets
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(3);

    public async Task<string?> RefusalAsync(Uri url, CancellationToken ct)
    {
        if (StaticRefusal(url) is { } refusal)
            return refusal;
        if (options.IsAllowedHost(url.Host) || IPAddress.TryParse(url.Host.Trim('[', ']'), out _))
            return null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ResolveTimeout);
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(url.IdnHost, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return $"The host name {url.Host} does not resolve.";
        }
        return addresses.Length == 0 ? $"The host name {url.Host} does not resolve."
            : addresses.FirstOrDefault(a => !AddressRules.IsPublic(a)) is { } inside ? $"{url.Host} resolves to {inside}, which is not a public address."
            : null;
    }

    /// <summary>What can be judged without a lookup; also checked before every delivery.</summary>
    public string? StaticRefusal(Uri url)
    {
        var allowed = options.IsAllowedHost(url.Host);
        if (url.Scheme != Uri.UriSchemeHttps && !(allowed && url.Scheme == Uri.UriSchemeHttp))
            return "The URL must use https.";
        if (!string.IsNullOrEmpty(url.UserInfo))
            return "The URL must not carry a user name or password; authenticate the request by its signature.";
        if (allowed)
            return null;
        if (url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return "Loopback addresses are not allowed.";
        return IPAddress.TryParse(url.Host.Trim('[', ']'), out var literal) && !AddressRules.IsPublic(literal)
            ? $"{literal} is not a public address."
            : null;
    }
}
