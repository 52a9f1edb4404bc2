using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>
/// Question reads carry IRT parameters, so storing a calibration retires the cached content; learners' kept adaptive
/// state is traced with IRT and BKT parameters, so both retire it too (through the same generation).
/// </summary>
internal sealed class InvalidatingAdaptiveStore(IAdaptiveStore inner, ContentCache cache) : IAdaptiveStore
{
    public async Task SaveCalibrationAsync(IReadOnlyDictionary<long, IrtItem> items, CancellationToken ct)
    {
        await inner.SaveCalibrationAsync(items, ct);
        await cache.InvalidateAllAsync(ct);
    }

    public async Task SaveBktAsync(IReadOnlyDictionary<long, (BktParameters Parameters, int Responses)> fitted, DateTimeOffset at,
        CancellationToken ct)
    {
        await inner.SaveBktAsync(fitted, at, ct);
        await cache.InvalidateAllAsync(ct);
    }

    public Task SaveFacetPriorsAsync(Guid userId, IReadOnlyDictionary<long, double> priors, DateTimeOffset at, CancellationToken ct) =>
        inner.SaveFacetPriorsAsync(userId, priors, at, ct);

    public Task<bool> TryCompletePlacementAsync(Guid sessionId, Guid userId, AbilityEstimate ability, int items, int knownCards,
        DateTimeOffset at, CancellationToken ct) =>
        inner.TryCompletePlacementAsync(sessionId, userId, ability, items, knownCards, at, ct);

    public Task SaveFsrsParametersAsync(Guid userId, FsrsFitResult fit, DateTimeOffset at, CancellationToken ct) =>
        inner.SaveFsrsParametersAsync(userId, fit, at, ct);
}
