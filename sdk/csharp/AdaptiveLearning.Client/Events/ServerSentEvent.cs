namespace AdaptiveLearning.Client;

/// <summary>One message of the event stream.</summary>
/// <param name="Id">Its stream position: pass the last one you handled as <c>lastEventId</c> when reconnecting.</param>
/// <param name="Type">The event type, such as <c>answer.recorded</c>.</param>
/// <param name="Data">The CloudEvents JSON envelope (<c>id</c>, <c>type</c>, <c>subject</c>, <c>sequence</c>, <c>time</c>, <c>data</c>).</param>
public sealed record ServerSentEvent(string Id, string Type, string Data);
