using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.ImportQuestions;
using AdaptiveLearning.Application.Imports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>Runs queued uploads one at a time (imports take a server-wide lock anyway) and records each outcome.</summary>
internal sealed class ImportJobRunner(ImportQueue queue, IServiceScopeFactory scopes, IClock clock, ILogger<ImportJobRunner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var import in queue.Reader.ReadAllAsync(stoppingToken))
            await RunAsync(import, stoppingToken);
    }

    private async Task RunAsync(QueuedImport import, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IImportJobStore>();
        try
        {
            await jobs.MarkRunningAsync(import.JobId, clock.UtcNow, ct);
            var report = await scope.ServiceProvider.GetRequiredService<IHandler<ImportQuestionsCommand, ImportReport>>()
                .HandleAsync(import.Command, ct);
            var status = report.Succeeded ? ImportJobStatus.Succeeded : ImportJobStatus.CompletedWithProblems;
            await jobs.FinishAsync(import.JobId, status, report, null, clock.UtcNow, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogError(e, "Import job {JobId} failed", import.JobId);
            await jobs.FinishAsync(import.JobId, ImportJobStatus.Failed, null, "The import could not run; see the server log.", clock.UtcNow, ct);
        }
    }
}
