using AdaptiveLearning.Application.Imports.Format;

namespace AdaptiveLearning.Application.Imports;

/// <summary>Writes validated import batches with set-based SQL. Each call is one transaction.</summary>
public interface IQuestionImportStore
{
    /// <summary>Serialises imports (console and API jobs) so two runs never classify the same new id twice.</summary>
    Task<IAsyncDisposable> LockAsync(CancellationToken ct);

    Task<HierarchyOutcome> ApplyHierarchyAsync(IReadOnlyList<HierarchyNodeInfo> nodes, ImportOptions options, CancellationToken ct);

    /// <summary>Upserts the questions of valid files; rolls back instead of committing on a dry run.</summary>
    Task<BatchOutcome> ApplyBatchAsync(IReadOnlyList<ParsedFile> files, ImportOptions options, CancellationToken ct);
}
