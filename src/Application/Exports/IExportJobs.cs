namespace AdaptiveLearning.Application.Exports;

/// <summary>Export jobs, stored as durable jobs, and the zips they leave in the shared export directory.</summary>
public interface IExportJobs
{
    Task<ExportJob> EnqueueAsync(Guid id, ExportSpec spec, CancellationToken ct);

    Task<ExportJob?> GetAsync(Guid id, CancellationToken ct);

    /// <summary>How many of this user's exports are queued or running.</summary>
    Task<int> CountActiveAsync(Guid userId, CancellationToken ct);

    /// <summary>The finished export's zip, or null when it has been removed (past its retention).</summary>
    Stream? OpenFile(Guid id);
}
