namespace AdaptiveLearning.Api.Features.Admin;

/// <summary>The filters the audit list and its export share.</summary>
public interface IAuditFilter
{
    Guid? UserId { get; }
    string? Kind { get; }
    DateTimeOffset? From { get; }
    DateTimeOffset? To { get; }
}
