namespace AdaptiveLearning.Application.Imports.StartImport;

public sealed record StartImportCommand(IReadOnlyList<ImportFile> Files, bool DryRun, bool Publish, Guid UserId)
{
    /// <summary>Queued or running imports one user may have at once: each holds the server-wide import lock in turn.</summary>
    public const int MaxActiveJobsPerUser = 3;
}
