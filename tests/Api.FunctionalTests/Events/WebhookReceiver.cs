using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Api.FunctionalTests.Events;

/// <summary>
/// A real HTTP server (Kestrel on a loopback port) standing in for an integrator's webhook endpoint: it records every
/// request it gets and answers as the test says (status, redirect, delay). The fixture's Webhooks:AllowedHosts names
/// 127.0.0.1, so the API may deliver to it over plain http.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedDelivery> _received = new();
    private int _count;

    private WebhookReceiver(Func<ReceivedDelivery, int, ReceiverAnswer> respond)
    {
        Port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(async http =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var received = new ReceivedDelivery(http.Request.Path.Value ?? "/",
                http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body, DateTimeOffset.UtcNow);
            _received.Enqueue(received);
            var answer = respond(received, Interlocked.Increment(ref _count));
            if (answer.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(answer.Delay, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return; // the API gave up waiting, as it should
                }
            }
            if (answer.Location is { } location)
                http.Response.Headers.Location = location;
            http.Response.StatusCode = answer.Status;
        });
    }

    public int Port { get; }

    /// <summary>The URL deliveries should go to.</summary>
    public string Url(string path = "/hook") => $"http://127.0.0.1:{Port}{path}";

    public IReadOnlyList<ReceivedDelivery> Received => _received.ToArray();

    /// <param name="respond">Given each request and its number (1, 2, …), how to answer; 200 when null.</param>
    public static async Task<WebhookReceiver> StartAsync(Func<ReceivedDelivery, int, ReceiverAnswer>? respond = null)
    {
        var receiver = new WebhookReceiver(respond ?? ((_, _) => ReceiverAnswer.Ok));
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until <paramref name="done"/> holds for what was received, failing after <paramref name="seconds"/>.</summary>
    public async Task<IReadOnlyList<ReceivedDelivery>> WaitForAsync(Func<IReadOnlyList<ReceivedDelivery>, bool> done, double seconds = 15,
        string? what = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var received = Received;
            if (done(received))
                return received;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"the receiver did not get {what ?? "the expected deliveries"} within {seconds} s; it got {received.Count}: " +
                            string.Join(", ", received.Select(r => $"{r.Path} {r.Headers.GetValueOrDefault("Webhook-Id")}")));
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Requests a test left hanging are cut off rather than waited for.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
