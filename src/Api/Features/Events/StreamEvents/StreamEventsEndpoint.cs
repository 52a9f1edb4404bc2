using System.Text;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Events.StreamEvents;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Features;

namespace AdaptiveLearning.Api.Features.Events.StreamEvents;

/// <summary>
/// Server-Sent Events: the signed-in user's own events as they are published on any instance. Each message's <c>id</c>
/// is its stream position; a browser's EventSource sends it back as <c>Last-Event-ID</c> when it reconnects, and the
/// stream resumes after it.
/// </summary>
internal sealed class StreamEventsEndpoint(IHandler<StreamEventsQuery, IAsyncEnumerable<StreamedEvent>> handler) : EndpointWithoutRequest
{
    public const string Route = "/events/stream";
    public const string LastEventIdHeader = "Last-Event-ID";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Events"));
        Summary(s =>
        {
            s.Summary = "My events, live, as Server-Sent Events (text/event-stream)";
            s.Description = "Each message has id (the stream position), event (the type, e.g. answer.recorded) and data (the CloudEvents JSON). "
                + "Send Last-Event-ID to resume after a position: events kept for Events:StreamRetentionHours (24) are replayed first. "
                + "Without it, only new events arrive. An idle stream carries a comment line every 15 s.";
        });
        Description(x => x.Produces<string>(200, "text/event-stream").ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var lastEventId = HttpContext.Request.Headers[LastEventIdHeader].FirstOrDefault();
        var events = await handler.HandleAsync(new StreamEventsQuery(User.UserId(), lastEventId), ct);
        var response = HttpContext.Response;
        HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        // Tells EventSource how soon to reconnect after the connection drops.
        await response.WriteAsync("retry: 2000\n\n", ct);
        await response.Body.FlushAsync(ct);
        try
        {
            await foreach (var e in events.WithCancellation(ct))
            {
                await response.WriteAsync(Format(e), ct);
                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away: the normal end of a stream.
        }
    }

    private static string Format(StreamedEvent e)
    {
        if (e.Type is null)
            return ": keep-alive\n\n";
        // The envelope is one line of JSON, so one data field carries it.
        return new StringBuilder().Append("id: ").Append(e.Id).Append('\n')
            .Append("event: ").Append(e.Type).Append('\n')
            .Append("data: ").Append(e.Data.Replace("\n", "", StringComparison.Ordinal)).Append("\n\n").ToString();
    }
}
