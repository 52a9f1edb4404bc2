namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>An outbox_events row as the publisher and the webhook sender read it.</summary>
internal sealed class OutboxRow
{
    public long Seq { get; init; }
    public Guid Id { get; init; }
    public string Type { get; init; } = "";
    public string Aggregate { get; init; } = "";
    public long? Sequence { get; set; }
    public Guid? UserId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string Payload { get; init; } = "{}";
}
