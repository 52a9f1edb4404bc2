using AdaptiveLearning.Infrastructure.Events;

namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>A delivery this instance holds the lease on, with what sending it needs.</summary>
internal sealed class ClaimedDelivery
{
    public Guid Id { get; init; }
    public Guid WebhookId { get; init; }
    public int Attempts { get; init; }
    public string Url { get; init; } = "";
    public string Secret { get; init; } = "";
    public long EventSeq { get; init; }
    public Guid EventId { get; init; }
    public string Type { get; init; } = "";
    public string Aggregate { get; init; } = "";
    public long Sequence { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string Payload { get; init; } = "{}";

    public OutboxRow Event => new()
    {
        Seq = EventSeq, Id = EventId, Type = Type, Aggregate = Aggregate, Sequence = Sequence, OccurredAt = OccurredAt, Payload = Payload,
    };
}
