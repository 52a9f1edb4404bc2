namespace AdaptiveLearning.Application.Events.StreamEvents;

/// <param name="LastEventId">The last position the client saw (the SSE <c>Last-Event-ID</c> header), to resume after it.</param>
public sealed record StreamEventsQuery(Guid UserId, string? LastEventId);
