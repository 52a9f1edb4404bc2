using AdaptiveLearning.Application.Audit;

namespace AdaptiveLearning.Application.Admin.ExportAuditLog;

/// <summary>Every audit entry matching the filters, newest first.</summary>
/// <param name="From">Inclusive.</param>
/// <param name="To">Exclusive.</param>
public sealed record ExportAuditLogQuery(Guid? UserId = null, AuditKind? Kind = null, DateTimeOffset? From = null, DateTimeOffset? To = null);
