using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>Question reads carry IRT parameters, so storing a calibration retires the cached content.</summary>
internal sealed class InvalidatingAdaptiveStore(IAdaptiveStore inner, ContentCache cache) : IAdaptiveStore
{
    public async Task SaveCalibrationAsync(IReadOnlyDictionary<long, IrtItem> items, CancellationToken ct)
    {
        await inner.SaveCalibrationAsync(items, ct);
        await cache.InvalidateAllAsync(ct);
    }

    public Task SaveBktAsync(IReadOnlyDictionary<long, (BktParameters Parameters, int Responses)> fitted, DateTimeOffset at,
        CancellationToken ct) => inner.SaveBktAsync(fitted, at, ct);

    public Task SaveFacetPriorsAsync(Guid userId, IReadOnlyDictionary<long, double> priors, DateTimeOffset at, CancellationToken ct) =>
        inner.SaveFacetPriorsAsync(userId, priors, at, ct);

    public Task<bool> TryCompletePlacementAsync(Guid sessionId, Guid userId, AbilityEstimate ability, int items, int knownCards,
        DateTimeOffset at, CancellationToken ct) =>
        inner.TryCompletePlacementAsync(sessionId, userId, ability, items, knownCards, at, ct);

    public Task SaveFsrsParametersAsync(Guid userId, FsrsFitResult fit, DateTimeOffset at, CancellationToken ct) =>
        inner.SaveFsrsParametersAsync(userId, fit, at, ct);
}
