using AdaptiveLearning.Application.Imports.ImportQuestions;

namespace AdaptiveLearning.Application.Imports;

/// <summary>Hands an accepted upload to the background runner; the request returns without waiting for it.</summary>
public interface IImportQueue
{
    ValueTask EnqueueAsync(QueuedImport import, CancellationToken ct);

    /// <summary>Cancels a queued import at once, or asks a running one to stop.</summary>
    ValueTask<ImportCancellation> CancelAsync(Guid jobId, CancellationToken ct);
}
