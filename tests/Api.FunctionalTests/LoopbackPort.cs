using System.Net.Sockets;

namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>Ports for servers a test starts itself, chosen by the OS so parallel test runs never collide.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
