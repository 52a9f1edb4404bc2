using AdaptiveLearning.Application.Audit;

namespace AdaptiveLearning.Application.Admin.ListAuditLog;

/// <param name="From">Inclusive.</param>
/// <param name="To">Exclusive.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record ListAuditLogQuery(
    Guid? UserId = null, AuditKind? Kind = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
    string? Cursor = null, int? Limit = null);
