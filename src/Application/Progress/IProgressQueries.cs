namespace AdaptiveLearning.Application.Progress;

public interface IProgressQueries
{
    Task<bool> NodeExistsAsync(string path, CancellationToken ct);

    /// <param name="nodePath">Null for the whole bank.</param>
    /// <param name="recentSince">Start of the window for recent accuracy.</param>
    Task<ProgressFacts> LoadAsync(Guid userId, string? nodePath, DateTimeOffset recentSince, CancellationToken ct);
}
