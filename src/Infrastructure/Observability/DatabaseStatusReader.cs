using System.Globalization;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Domain.Common;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Observability;

/// <summary>One round trip: the queued jobs per kind (range of ix_jobs_claim on status) and the node's wsrep figures.</summary>
internal sealed class DatabaseStatusReader(MySqlDataSource db)
{
    private static readonly string Queued = WireNames.Of(JobStatus.Queued);

    public async Task<DatabaseStatus> ReadAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition($"""
            SELECT kind AS {nameof(QueuedJobs.Kind)}, COUNT(*) AS {nameof(QueuedJobs.Queued)},
                   GREATEST(0, TIMESTAMPDIFF(MICROSECOND, MIN(run_after), UTC_TIMESTAMP(6))) / 1000000.0 AS {nameof(QueuedJobs.OldestDueSeconds)}
            FROM jobs
            WHERE status = @Queued
            GROUP BY kind;
            SHOW GLOBAL VARIABLES LIKE 'wsrep\_on';
            SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_cert_failures', 'wsrep_local_bf_aborts', 'wsrep_cluster_size', 'wsrep_ready');
            """, new { Queued }, cancellationToken: ct));
        var jobs = (await grid.ReadAsync<(string Kind, long Queued, decimal OldestDueSeconds)>())
            .Select(j => new QueuedJobs(j.Kind, j.Queued, (double)j.OldestDueSeconds))
            .ToList();
        var wsrepOn = (await grid.ReadAsync<(string Name, string Value)>()).Any(v => v.Value.Equals("ON", StringComparison.OrdinalIgnoreCase));
        var status = (await grid.ReadAsync<(string Name, string Value)>()).ToDictionary(v => v.Name, v => v.Value, StringComparer.OrdinalIgnoreCase);
        return new DatabaseStatus(jobs, wsrepOn ? Galera(status) : null);
    }

    private static GaleraStatus Galera(IReadOnlyDictionary<string, string> status) => new(
        Number(status, "wsrep_local_cert_failures"),
        Number(status, "wsrep_local_bf_aborts"),
        Number(status, "wsrep_cluster_size"),
        status.GetValueOrDefault("wsrep_ready")?.Equals("ON", StringComparison.OrdinalIgnoreCase) == true);

    private static long Number(IReadOnlyDictionary<string, string> status, string name) =>
        long.TryParse(status.GetValueOrDefault(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
