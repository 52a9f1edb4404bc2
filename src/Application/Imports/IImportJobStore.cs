namespace AdaptiveLearning.Application.Imports;

public interface IImportJobStore
{
    Task CreateAsync(ImportJobView job, Guid createdBy, CancellationToken ct);
    Task MarkRunningAsync(Guid id, DateTimeOffset at, CancellationToken ct);
    Task FinishAsync(Guid id, string status, ImportReport? report, string? error, DateTimeOffset at, CancellationToken ct);
    Task<ImportJobView?> GetAsync(Guid id, CancellationToken ct);
}
