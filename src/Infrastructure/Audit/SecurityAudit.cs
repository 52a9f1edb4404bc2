using AdaptiveLearning.Application.Audit;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Audit;

internal sealed class SecurityAudit(MySqlDataSource db) : ISecurityAudit
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await AuditInsert.ExecuteAsync(connection, null, entry, ct);
    }
}
