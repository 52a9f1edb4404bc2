namespace AdaptiveLearning.Application.Audit;

/// <summary>One security event to append to the audit log.</summary>
/// <param name="UserId">The account concerned, when there is one (a login for an unknown account has none).</param>
/// <param name="ActorId">Who acted: the admin for a change, the user themselves for a login or an export.</param>
/// <param name="Client">The caller's address.</param>
/// <param name="Detail">A short human-readable note, e.g. <c>learner → author</c>.</param>
public sealed record AuditEntry(
    DateTimeOffset At,
    AuditKind Kind,
    Guid? UserId,
    Guid? ActorId,
    string? Client,
    string? Detail);
