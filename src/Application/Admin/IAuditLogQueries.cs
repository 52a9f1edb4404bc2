namespace AdaptiveLearning.Application.Admin;

public interface IAuditLogQueries
{
    Task<Common.Page<AuditLogEntry>> ListAsync(AuditLogSpecification spec, CancellationToken ct);
}
