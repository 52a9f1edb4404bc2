using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Events.StreamEvents;

/// <summary>The caller's own events only: the stream is chosen by the signed-in user's id, never by the request.</summary>
internal sealed class StreamEventsHandler(ILearnerEventStream stream) : IHandler<StreamEventsQuery, IAsyncEnumerable<StreamedEvent>>
{
    public Task<IAsyncEnumerable<StreamedEvent>> HandleAsync(StreamEventsQuery request, CancellationToken ct) =>
        Task.FromResult(stream.ReadAsync(request.UserId, request.LastEventId, ct));
}
