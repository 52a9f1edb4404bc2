using Refit;

namespace AdaptiveLearning.Client.Resources.Events;

/// <summary>
/// The signed-in user's own events, live: <c>/api/v1/events/stream</c> (Server-Sent Events). Read the stream with
/// <see cref="ServerSentEvents.ReadAsync"/>; keep the last <c>Id</c> to resume after a disconnect.
/// </summary>
[Headers("Authorization: Bearer")]
public interface IEventsApi
{
    /// <summary>Opens the stream. It stays open until cancelled; dispose the stream to close it.</summary>
    /// <param name="lastEventId">The last event id read before a disconnect: retained events after it come first. Null for new events only.</param>
    /// <param name="cancellationToken">Cancels opening the stream.</param>
    /// <returns>The open <c>text/event-stream</c> body.</returns>
    /// <exception cref="AdaptiveLearningApiException">401 <c>unauthenticated</c>, 403 <c>insufficient_scope</c> (API keys have no stream).</exception>
    [Get("/api/v1/events/stream")]
    Task<Stream> StreamEventsAsync([Header("Last-Event-ID")] string? lastEventId = null, CancellationToken cancellationToken = default);
}
