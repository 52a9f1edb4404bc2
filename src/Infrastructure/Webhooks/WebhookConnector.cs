using System.Net;
using System.Net.Sockets;

namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>
/// Opens delivery connections itself: it resolves the host once, refuses unless every address is public (or the host is
/// allow-listed), and connects to exactly the addresses it checked. So a name re-pointed at an inside address after the
/// webhook was accepted (DNS rebinding) is refused at delivery, and no second lookup can differ from the checked one.
/// </summary>
internal sealed class WebhookConnector(WebhookOptions options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var (host, port) = (context.DnsEndPoint.Host, context.DnsEndPoint.Port);
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (!options.IsAllowedHost(host))
        {
            if (addresses.Length == 0)
                throw new WebhookTargetRefusedException($"{host} does not resolve.");
            if (addresses.FirstOrDefault(a => !AddressRules.IsPublic(a)) is { } inside)
                throw new WebhookTargetRefusedException($"{host} resolves to {inside}, which is not a public address.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
