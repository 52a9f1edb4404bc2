using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Common;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Admin;

internal sealed class AuditLogQueries(MySqlDataSource db) : IAuditLogQueries
{
    public async Task<Page<AuditLogEntry>> ListAsync(AuditLogSpecification spec, CancellationToken ct)
    {
        var (sql, parameters) = AuditLogSql.Build(spec);
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<AuditRow>(new CommandDefinition(sql, parameters, cancellationToken: ct)))
            .Select(r => r.ToEntry()).ToList();
        return Page<AuditLogEntry>.FromRows(rows, spec.Limit, last => new KeysetCursor(last.Id));
    }
}
