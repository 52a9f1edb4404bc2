namespace AdaptiveLearning.Application.Audit;

/// <summary>Appends to the security audit log. Nothing ever updates or deletes an entry.</summary>
public interface ISecurityAudit
{
    Task RecordAsync(AuditEntry entry, CancellationToken ct);
}
