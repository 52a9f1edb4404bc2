using System.Text.Json.Nodes;
using AdaptiveLearning.Api.Features.Events.StreamEvents;
using AdaptiveLearning.Client;

namespace AdaptiveLearning.Api.FunctionalTests.Events;

/// <summary>A client's open <c>/events/stream</c>, read message by message with the SDK's parser.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly IAsyncEnumerator<ServerSentEvent> _messages;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _messages = ServerSentEvents.ReadAsync(body, _stop.Token).GetAsyncEnumerator(_stop.Token);
    }

    public static async Task<EventStream> OpenAsync(HttpClient client, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Api.Route(StreamEventsEndpoint.Route));
        if (lastEventId is not null)
            request.Headers.Add(StreamEventsEndpoint.LastEventIdHeader, lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ErrorBodyAsync(response));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
        return new EventStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next message, failing the test after <paramref name="seconds"/>.</summary>
    public async Task<(ServerSentEvent Message, JsonNode Envelope)> NextAsync(double seconds = 5)
    {
        var next = _messages.MoveNextAsync().AsTask();
        if (await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(seconds))) != next)
            Assert.Fail($"no event arrived within {seconds} s");
        Assert.That(await next, Is.True, "the stream ended");
        return (_messages.Current, JsonNode.Parse(_messages.Current.Data)!);
    }

    private static async Task<string> ErrorBodyAsync(HttpResponseMessage response) =>
        response.IsSuccessStatusCode ? "" : await response.Content.ReadAsStringAsync();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try
        {
            await _messages.DisposeAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or NotSupportedException)
        {
            // A read was still pending when the stream was closed under it.
        }
        _stop.Dispose();
    }
}
