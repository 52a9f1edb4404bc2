using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Infrastructure.Admin;

internal sealed class AuditRow
{
    public long Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string Kind { get; init; } = "";
    public Guid? UserId { get; init; }
    public Guid? ActorId { get; init; }
    public string? Client { get; init; }
    public string? Detail { get; init; }

    public AuditLogEntry ToEntry() => new(Id, OccurredAt, WireNames.Parse<AuditKind>(Kind), UserId, ActorId, Client, Detail);
}
