using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Imports.CancelImport;

/// <summary>
/// A queued import ends cancelled at once; a running one is asked to stop and ends cancelled when its worker sees the
/// request (batches it committed before then stay written). A finished one cannot be cancelled.
/// </summary>
internal sealed class CancelImportHandler(IImportJobStore jobs, IImportQueue queue) : IHandler<CancelImportCommand, ImportJobView>
{
    public async Task<ImportJobView> HandleAsync(CancelImportCommand command, CancellationToken ct)
    {
        var job = await jobs.GetAsync(command.Id, command.VisibleTo, ct) ?? throw new ProblemException(Problems.NotFound, "No import has this id.");
        if (job.FinishedAt is not null || await queue.CancelAsync(command.Id, ct) == ImportCancellation.AlreadyFinished)
            throw new ProblemException(Problems.ImportFinished, "The import has already finished; there is nothing to cancel.");
        return await jobs.GetAsync(command.Id, command.VisibleTo, ct) ?? job;
    }
}
