using System.Text.Json;
using AdaptiveLearning.Application.Exports;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Exports;

/// <summary>Export jobs are plain rows of the durable <c>jobs</c> table (kind <c>export</c>): no table of their own.</summary>
internal sealed class ExportJobs(IJobQueue jobs, MySqlDataSource db, ExportFiles files) : IExportJobs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ExportJob> EnqueueAsync(Guid id, ExportSpec spec, CancellationToken ct)
    {
        var payload = new ExportJobPayload(spec.UserId, spec.Node, spec.Status is { } s ? WireNames.Of(s) : null, spec.Format);
        await jobs.EnqueueAsync(new NewJob(id, ExportJobPayload.Kind, JsonSerializer.Serialize(payload, Json)), ct);
        return await GetAsync(id, ct) ?? throw new InvalidOperationException("An export job vanished right after it was stored.");
    }

    public async Task<ExportJob?> GetAsync(Guid id, CancellationToken ct)
    {
        var job = await jobs.GetAsync(id, ct);
        if (job is null || job.Kind != ExportJobPayload.Kind)
            return null;
        var payload = Read(job.Payload);
        var result = job.Result is null ? null : JsonSerializer.Deserialize<ExportJobResult>(job.Result, Json);
        var refused = result?.ErrorCode is not null;
        var view = new ExportJobView(job.Id, refused ? ExportJobStatus.Failed : StatusOf(job.Status), payload.Node,
            payload.Status is null ? null : WireNames.Parse<QuestionStatus>(payload.Status), payload.Format, job.CreatedAt, job.StartedAt, job.FinishedAt,
            refused ? null : result?.Files, refused ? null : result?.Questions,
            result?.ErrorCode ?? job.ErrorCode, result?.Error ?? job.ErrorMessage);
        return new ExportJob(view, payload.UserId);
    }

    public async Task<int> CountActiveAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("""
            SELECT COUNT(*) FROM jobs
            WHERE kind = @Kind AND status IN ('queued', 'running') AND JSON_VALUE(payload, '$.userId') = @UserId
            """, new { Kind = ExportJobPayload.Kind, UserId = userId.ToString() }, cancellationToken: ct));
    }

    public Stream? OpenFile(Guid id) => files.Open(id);

    private static ExportJobStatus StatusOf(JobStatus status) => status switch
    {
        JobStatus.Queued => ExportJobStatus.Queued,
        JobStatus.Running => ExportJobStatus.Running,
        JobStatus.Succeeded => ExportJobStatus.Succeeded,
        JobStatus.Failed => ExportJobStatus.Failed,
        JobStatus.Interrupted => ExportJobStatus.Interrupted,
        JobStatus.Cancelled => ExportJobStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A job status exports do not know."),
    };

    public static ExportJobPayload Read(string payload) =>
        JsonSerializer.Deserialize<ExportJobPayload>(payload, Json) ?? throw new InvalidDataException("An export job has no payload.");

    public static string Write(ExportJobResult result) => JsonSerializer.Serialize(result, Json);
}
