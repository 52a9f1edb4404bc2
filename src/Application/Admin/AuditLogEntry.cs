using AdaptiveLearning.Application.Audit;

namespace AdaptiveLearning.Application.Admin;

/// <summary>One stored entry of the security audit log.</summary>
/// <param name="UserId">The account concerned, if any.</param>
/// <param name="ActorId">Who acted: an admin, the user themselves, or null for the system.</param>
public sealed record AuditLogEntry(
    long Id,
    DateTimeOffset OccurredAt,
    AuditKind Kind,
    Guid? UserId,
    Guid? ActorId,
    string? Client,
    string? Detail);
