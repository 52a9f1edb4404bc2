using System.Data;
using System.Text.Json;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Infrastructure.Events;
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
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE import_jobs SET status = @Status, report = @Report, error = @Error, finished_at = @At WHERE id = @Id",
            new { Id = id.ToString(), Status = WireNames.Of(status), Report = report is null ? null : JsonSerializer.Serialize(report, Json), Error = error, At = at },
            transaction, cancellationToken: ct));
        var createdBy = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "SELECT created_by FROM import_jobs WHERE id = @Id", new { Id = id.ToString() }, transaction, cancellationToken: ct));
        if (createdBy is { } owner)
            await OutboxInsert.ExecuteAsync(connection, transaction, [ImportFinishedEvent.Of(id, owner, status, report, error, at)], ct);
        await transaction.CommitAsync(ct);
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
        var row = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition($"""
            SELECT {Columns} FROM import_jobs WHERE id = @Id AND (@CreatedBy IS NULL OR created_by = @CreatedBy)
            """, new { Id = id.ToString(), CreatedBy = createdBy?.ToString() }, cancellationToken: ct));
        return row?.ToView();
    }

    public async Task<Page<ImportJobView>> ListAsync(ImportJobFilter filter, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<JobRow>(new CommandDefinition($"""
            SELECT {Columns} FROM import_jobs
            WHERE (@CreatedBy IS NULL OR created_by = @CreatedBy)
              AND (@Status IS NULL OR status = @Status)
              AND (@From IS NULL OR created_at >= @From)
              AND (@To IS NULL OR created_at < @To)
              AND (@After IS NULL OR seq < @After)
            ORDER BY seq DESC
            LIMIT @Take
            """, new
            {
                CreatedBy = filter.CreatedBy?.ToString(), Status = filter.Status is { } s ? WireNames.Of(s) : null,
                From = filter.From?.UtcDateTime, To = filter.To?.UtcDateTime, After = filter.After?.Id, Take = filter.Limit + 1,
            }, cancellationToken: ct))).ToList();
        var page = Page<JobRow>.FromRows(rows, filter.Limit, r => new KeysetCursor(r.Seq));
        return new Page<ImportJobView>(page.Items.Select(r => r.ToView()).ToList(), page.Next);
    }

    private const string Columns = """
        id AS Id, seq AS Seq, status AS Status, created_by AS CreatedBy, file_count AS FileCount, dry_run AS DryRun, publish AS Publish,
        report AS Report, error AS Error, created_at AS CreatedAt, started_at AS StartedAt, finished_at AS FinishedAt
        """;

    private sealed class JobRow
    {
        public Guid Id { get; init; }
        public long Seq { get; init; }
        public Guid? CreatedBy { get; init; }
        public string Status { get; init; } = "";
        public int FileCount { get; init; }
        public bool DryRun { get; init; }
        public bool Publish { get; init; }
        public string? Report { get; init; }
        public string? Error { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? StartedAt { get; init; }
        public DateTimeOffset? FinishedAt { get; init; }

        public ImportJobView ToView() => new(Id, WireNames.Parse<ImportJobStatus>(Status), FileCount, DryRun, Publish, CreatedAt, StartedAt, FinishedAt,
            Report is null ? null : JsonSerializer.Deserialize<ImportReport>(Report, Json), Error, CreatedBy);
    }
}
