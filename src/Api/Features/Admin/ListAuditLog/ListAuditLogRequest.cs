using System.ComponentModel;
using AdaptiveLearning.Api.OpenApi;
using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Audit;

namespace AdaptiveLearning.Api.Features.Admin.ListAuditLog;

public sealed class ListAuditLogRequest : IAuditFilter
{
    public const string Route = "/admin/audit";

    /// <summary>Only entries about this account.</summary>
    public Guid? UserId { get; init; }
    /// <summary>Only entries of this kind.</summary>
    [WireEnum(typeof(AuditKind))]
    public string? Kind { get; init; }
    /// <summary>Entries at or after this time.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Entries before this time.</summary>
    public DateTimeOffset? To { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    [DefaultValue(AuditLogSpecification.DefaultLimit)]
    public int? Limit { get; init; }
}
