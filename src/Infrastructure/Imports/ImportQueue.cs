using System.Text.Json;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>
/// Stores the upload on disk and enqueues a durable "import" job with the import job's id, so a job queued when
/// the process stops is run after a restart, or by another instance.
/// </summary>
internal sealed class ImportQueue(ImportUploads uploads, IJobQueue jobs, IImportJobStore imports, IClock clock) : IImportQueue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask EnqueueAsync(QueuedImport import, CancellationToken ct)
    {
        try
        {
            var names = await uploads.SaveAsync(import.JobId, import.Command.Files, ct);
            var options = import.Command.Options;
            var format = import.Command.Files.Select(f => f.Format).FirstOrDefault(f => f is not null);
            var payload = new ImportJobPayload(options.UserId, options.DryRun, options.Publish, names, format is { } chosen ? WireNames.Of(chosen) : null);
            await jobs.EnqueueAsync(new NewJob(import.JobId, ImportJobPayload.Kind, JsonSerializer.Serialize(payload, Json)), ct);
        }
        catch
        {
            // The import job row already says queued: without a job behind it, it would say so forever.
            await imports.FinishAsync(import.JobId, ImportJobStatus.Failed, null, ImportJobHandler.CouldNotRun, clock.UtcNow, CancellationToken.None);
            uploads.Delete(import.JobId);
            throw;
        }
    }

    public async ValueTask<ImportCancellation> CancelAsync(Guid jobId, CancellationToken ct)
    {
        var job = await jobs.CancelAsync(jobId, ct);
        switch (job?.Status)
        {
            case JobStatus.Cancelled:
                // The engine cancelled it in its queue (first run or waiting for a retry), so no worker will report it:
                // record it where users look. A worker that stopped it at this moment writes the same outcome.
                await imports.FinishAsync(jobId, ImportJobStatus.Cancelled, null, ImportJobHandler.CancelledBeforeRunning, clock.UtcNow, ct);
                uploads.Delete(jobId);
                return ImportCancellation.Cancelled;
            case JobStatus.Running:
                return ImportCancellation.Requested;
            default:
                return ImportCancellation.AlreadyFinished;
        }
    }

    public static ImportJobPayload Read(string payload) =>
        JsonSerializer.Deserialize<ImportJobPayload>(payload, Json) ?? throw new InvalidDataException("An import job has no payload.");
}
