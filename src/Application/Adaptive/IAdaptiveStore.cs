using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive;

public interface IAdaptiveStore
{
    /// <summary>Replaces the fitted BKT parameters of these facets (keyed by facet id).</summary>
    Task SaveBktAsync(IReadOnlyDictionary<long, (BktParameters Parameters, int Responses)> fitted, DateTimeOffset at, CancellationToken ct);

    /// <summary>Stores calibrated IRT parameters on the questions and marks them calibrated.</summary>
    Task SaveCalibrationAsync(IReadOnlyDictionary<long, IrtItem> items, CancellationToken ct);

    Task SaveFacetPriorsAsync(Guid userId, IReadOnlyDictionary<long, double> priors, DateTimeOffset at, CancellationToken ct);

    /// <returns>False when the placement was already completed (by this or a racing request).</returns>
    Task<bool> TryCompletePlacementAsync(Guid sessionId, Guid userId, AbilityEstimate ability, int items, int knownCards,
        DateTimeOffset at, CancellationToken ct);

    Task SaveFsrsParametersAsync(Guid userId, FsrsFitResult fit, DateTimeOffset at, CancellationToken ct);
}
