using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Admin;

/// <summary>Which audit entries to list, newest first: by account, kind and time range, a keyset page at a time.</summary>
/// <param name="From">Inclusive.</param>
/// <param name="To">Exclusive.</param>
/// <param name="After">Entries older than this cursor's entry.</param>
public sealed record AuditLogSpecification(
    Guid? UserId = null,
    AuditKind? Kind = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    KeysetCursor? After = null,
    int Limit = AuditLogSpecification.DefaultLimit)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}
