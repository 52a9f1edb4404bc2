using System.Diagnostics;
using System.Net.Sockets;

namespace AdaptiveLearning.Api.FunctionalTests.Content;

/// <summary>A private redis-server this test can stop and start without touching the shared one.</summary>
internal sealed class RedisServer : IDisposable
{
    private Process? _process;

    public int Port { get; } = LoopbackPort.Free();
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=500,syncTimeout=500,asyncTimeout=500";

    public async Task StartAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server", $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException("redis-server did not listen");
    }

    public void Stop()
    {
        if (_process is null) return;
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();
}
