namespace AdaptiveLearning.Application.Events;

/// <summary>A learner's own published events, from any API instance, kept for a retention window.</summary>
public interface ILearnerEventStream
{
    /// <summary>
    /// The events after <paramref name="lastEventId"/> (those still retained), then each new one as it is published,
    /// with a keep-alive when idle; without a position, only new ones. Ends when <paramref name="ct"/> is cancelled.
    /// </summary>
    IAsyncEnumerable<StreamedEvent> ReadAsync(Guid userId, string? lastEventId, CancellationToken ct);
}
