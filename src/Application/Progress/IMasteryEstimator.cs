namespace AdaptiveLearning.Application.Progress;

/// <summary>A learner's mastery (0 to 1) of each facet they have shown something on, keyed by facet path.</summary>
public interface IMasteryEstimator
{
    Task<IReadOnlyDictionary<string, double>> FacetMasteryAsync(Guid userId, CancellationToken ct);
}
