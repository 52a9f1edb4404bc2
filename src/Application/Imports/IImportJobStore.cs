using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Imports;

public interface IImportJobStore
{
    Task CreateAsync(ImportJobView job, Guid createdBy, CancellationToken ct);
    Task MarkRunningAsync(Guid id, DateTimeOffset at, CancellationToken ct);
    Task FinishAsync(Guid id, ImportJobStatus status, ImportReport? report, string? error, DateTimeOffset at, CancellationToken ct);
    /// <summary>The job, if it exists and <paramref name="createdBy"/> (when given) started it.</summary>
    Task<ImportJobView?> GetAsync(Guid id, Guid? createdBy, CancellationToken ct);
    /// <summary>Jobs matching <paramref name="filter"/>, newest first.</summary>
    Task<Page<ImportJobView>> ListAsync(ImportJobFilter filter, CancellationToken ct);
    /// <summary>How many of this user's jobs are queued or running.</summary>
    Task<int> CountActiveAsync(Guid createdBy, CancellationToken ct);
}
