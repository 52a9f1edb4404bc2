using System.Text.Json;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Domain.Common;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Imports;

internal sealed class ImportJobStore(MySqlDataSource db) : IImportJobStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task CreateAsync(ImportJobView job, Guid createdBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO import_jobs (id, status, created_by, file_count, dry_run, publish, created_at)
            VALUES (@Id, @Status, @CreatedBy, @FileCount, @DryRun, @Publish, @CreatedAt)
            """, new { Id = job.Id.ToString(), Status = WireNames.Of(job.Status), CreatedBy = createdBy.ToString(), job.FileCount, job.DryRun, job.Publish, job.CreatedAt },
            cancellationToken: ct));
    }

    public async Task MarkRunningAsync(Guid id, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE import_jobs SET status = @Status, started_at = @At WHERE id = @Id",
            new { Id = id.ToString(), Status = WireNames.Of(ImportJobStatus.Running), At = at }, cancellationToken: ct));
    }

    public async Task FinishAsync(Guid id, ImportJobStatus status, ImportReport? report, string? error, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE import_jobs SET status = @Status, report = @Report, error = @Error, finished_at = @At WHERE id = @Id",
            new { Id = id.ToString(), Status = WireNames.Of(status), Report = report is null ? null : JsonSerializer.Serialize(report, Json), Error = error, At = at },
            cancellationToken: ct));
    }

    public async Task<int> CountActiveAsync(Guid createdBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM import_jobs WHERE created_by = @CreatedBy AND status IN @Active",
            new { CreatedBy = createdBy.ToString(), Active = new[] { WireNames.Of(ImportJobStatus.Queued), WireNames.Of(ImportJobStatus.Running) } }, cancellationToken: ct));
    }

    public async Task<ImportJobView?> GetAsync(Guid id, Guid? createdBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition("""
            SELECT status AS Status, file_count AS FileCount, dry_run AS DryRun, publish AS Publish, report AS Report, error AS Error,
                   created_at AS CreatedAt, started_at AS StartedAt, finished_at AS FinishedAt
            FROM import_jobs WHERE id = @Id AND (@CreatedBy IS NULL OR created_by = @CreatedBy)
            """, new { Id = id.ToString(), CreatedBy = createdBy?.ToString() }, cancellationToken: ct));
        return row is null ? null : new ImportJobView(id, WireNames.Parse<ImportJobStatus>(row.Status), row.FileCount, row.DryRun, row.Publish, row.CreatedAt,
            row.StartedAt, row.FinishedAt, row.Report is null ? null : JsonSerializer.Deserialize<ImportReport>(row.Report, Json), row.Error);
    }

    private sealed class JobRow
    {
        public string Status { get; init; } = "";
        public int FileCount { get; init; }
        public bool DryRun { get; init; }
        public bool Publish { get; init; }
        public string? Report { get; init; }
        public string? Error { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? StartedAt { get; init; }
        public DateTimeOffset? FinishedAt { get; init; }
    }
}
