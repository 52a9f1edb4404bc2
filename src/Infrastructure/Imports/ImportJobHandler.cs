using System.Text.Json;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Application.Imports.ImportQuestions;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>
/// Runs an uploaded import and records its report on the import job users poll. Safe to run again after a crash:
/// an import is idempotent, so questions a lost run already wrote are reported unchanged the second time.
/// </summary>
internal sealed class ImportJobHandler(
    IImportJobStore imports, IHandler<ImportQuestionsCommand, ImportReport> importer, ImportUploads uploads, IClock clock) : IJobHandler
{
    public const string CouldNotRun = "The import could not run; see the server log.";
    public const string CancelledBeforeRunning = "Cancelled before it ran; nothing was written.";
    public const string CancelledWhileRunning = "Cancelled while running; batches written before it stopped stay written.";
    public const string Interrupted = "The instance running it stopped on its last attempt; batches written before then stay written. Run it again: an import is idempotent.";

    public string Kind => ImportJobPayload.Kind;

    public async Task<string?> HandleAsync(RunningJob job, CancellationToken ct)
    {
        var payload = ImportQueue.Read(job.Payload);
        await imports.MarkRunningAsync(job.Id, clock.UtcNow, ct);
        var options = new ImportOptions(payload.DryRun, payload.Publish, payload.UserId);
        var report = await importer.HandleAsync(new ImportQuestionsCommand(uploads.Open(job.Id, payload.Files, payload.Format is { } f ? WireNames.Parse<BankFormat>(f) : null), options), ct);
        var status = report.Succeeded ? ImportJobStatus.Succeeded : ImportJobStatus.CompletedWithProblems;
        await imports.FinishAsync(job.Id, status, report, null, clock.UtcNow, ct);
        uploads.Delete(job.Id);
        return JsonSerializer.Serialize(new { status = WireNames.Of(status), total = report.Total });
    }

    public async Task GaveUpAsync(RunningJob job, JobStatus status, string error, CancellationToken ct)
    {
        var (outcome, message) = status switch
        {
            JobStatus.Cancelled => (ImportJobStatus.Cancelled, CancelledWhileRunning),
            JobStatus.Interrupted => (ImportJobStatus.Interrupted, Interrupted),
            _ => (ImportJobStatus.Failed, CouldNotRun),
        };
        await imports.FinishAsync(job.Id, outcome, null, message, clock.UtcNow, ct);
        uploads.Delete(job.Id);
    }
}
