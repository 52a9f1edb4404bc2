using AdaptiveLearning.Application.Adaptive.Scoring;
using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;
using Microsoft.Extensions.Caching.Memory;

namespace AdaptiveLearning.Infrastructure.Adaptive;

/// <summary>
/// Keeps recently active learners' <see cref="LearnerModel"/>s in memory and brings one up to date before each use by
/// reading only the attempts stored since it was last used, so a request costs the same for a learner with ten answers
/// or ten thousand. Every instance catches up from the shared attempt log, so no instance needs to hear about another's
/// writes; a changed basis (content, fitted parameters, served model) or stamp (undo, placement priors) replays the log once.
/// </summary>
public sealed class LearnerModelCache(IAdaptiveQueries queries, ICorrectnessPredictor predictor, IContentGeneration content,
    AdaptiveOptions options) : ILearnerModels, IDisposable
{
    private readonly MemoryCache _slots = new(new MemoryCacheOptions { SizeLimit = options.CachedLearners });
    private long _replays;

    /// <summary>How many times a learner's whole log was replayed (first use, eviction, or a change a catch-up cannot apply).</summary>
    public long Replays => Interlocked.Read(ref _replays);

    public async Task<T> UseAsync<T>(Guid userId, Func<LearnerModel, Task<T>> use, CancellationToken ct)
    {
        var slot = _slots.GetOrCreate(userId, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = options.CachedLearnerIdle;
            return new Slot();
        })!;
        await slot.Gate.WaitAsync(ct);
        try
        {
            slot.Model = await CurrentAsync(userId, slot.Model, ct);
            return await use(slot.Model);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private async Task<LearnerModel> CurrentAsync(Guid userId, LearnerModel? model, CancellationToken ct)
    {
        var basis = new LearnerModelBasis(content.Current, predictor.ServedVersion);
        if (model is null || model.Basis != basis)
            return await ReplayAsync(userId, basis, ct);

        var newer = await queries.EvidenceSinceAsync(userId, model.LastAttemptId, ct);
        if (newer.Stamp != model.Stamp || !model.CanAppend(newer.Attempts))
            return await ReplayAsync(userId, basis, ct);
        foreach (var attempt in newer.Attempts)
            model.Observe(attempt);
        return model;
    }

    private async Task<LearnerModel> ReplayAsync(Guid userId, LearnerModelBasis basis, CancellationToken ct)
    {
        Interlocked.Increment(ref _replays);
        return LearnerModel.Replay(await queries.EvidenceAsync(userId, ct), basis, predictor.StartLearner());
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public LearnerModel? Model { get; set; }
    }
}
