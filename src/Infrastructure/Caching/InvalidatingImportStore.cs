using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>Each committed import batch that changed content retires the cached content; dry runs and no-op re-imports keep it.</summary>
internal sealed class InvalidatingImportStore(IQuestionImportStore inner, ContentCache cache) : IQuestionImportStore
{
    public Task<IAsyncDisposable> LockAsync(CancellationToken ct) => inner.LockAsync(ct);

    public async Task<HierarchyOutcome> ApplyHierarchyAsync(IReadOnlyList<HierarchyNodeInfo> nodes, ImportOptions options, CancellationToken ct)
    {
        var outcome = await inner.ApplyHierarchyAsync(nodes, options, ct);
        if (!options.DryRun && outcome.ChangedAnything)
            await cache.InvalidateAllAsync(ct);
        return outcome;
    }

    public async Task<BatchOutcome> ApplyBatchAsync(IReadOnlyList<ParsedFile> files, ImportOptions options, CancellationToken ct)
    {
        var outcome = await inner.ApplyBatchAsync(files, options, ct);
        if (!options.DryRun && outcome.ChangedAnything)
            await cache.InvalidateAllAsync(ct);
        return outcome;
    }
}
