using AdaptiveLearning.Api.OpenApi;
using AdaptiveLearning.Application.Audit;

namespace AdaptiveLearning.Api.Features.Admin.ExportAuditLog;

public sealed class ExportAuditLogRequest : IAuditFilter
{
    public const string Route = "/admin/audit/export";

    /// <summary>Only entries about this account.</summary>
    public Guid? UserId { get; init; }
    /// <summary>Only entries of this kind.</summary>
    [WireEnum(typeof(AuditKind))]
    public string? Kind { get; init; }
    /// <summary>Entries at or after this time.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Entries before this time.</summary>
    public DateTimeOffset? To { get; init; }
    /// <summary>csv (default) or json.</summary>
    [WireEnum("csv", "json")]
    public string Format { get; init; } = "csv";
}
