namespace AdaptiveLearning.Application.Events;

/// <summary>One entry of a learner's event stream.</summary>
/// <param name="Id">Its position in the stream: what a reconnecting client sends back as <c>Last-Event-ID</c>.</param>
/// <param name="Type">The event type; null for a keep-alive that carries nothing.</param>
/// <param name="Data">The CloudEvents JSON envelope.</param>
public sealed record StreamedEvent(string Id, string? Type, string Data)
{
    public static StreamedEvent KeepAlive { get; } = new("", null, "");
}
