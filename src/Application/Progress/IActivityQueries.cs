namespace AdaptiveLearning.Application.Progress;

public interface IActivityQueries
{
    /// <summary>The learner's answers (not undone) and ledger points between the instants, by UTC quarter hour.</summary>
    /// <param name="nodePath">Only answers to questions under this node (and the points they earned); null for all.</param>
    Task<IReadOnlyList<ActivitySlice>> SlicesAsync(Guid userId, DateTimeOffset from, DateTimeOffset to, string? nodePath, CancellationToken ct);
}
