using AdaptiveLearning.Application.Progress;

namespace AdaptiveLearning.Application.Adaptive.Tracing;

/// <summary>Mastery is BKT's P(known) of each facet, traced through the learner's answers from the facet's prior.</summary>
internal sealed class BktMastery(ILearnerModels learners) : IMasteryEstimator
{
    public Task<IReadOnlyDictionary<string, double>> FacetMasteryAsync(Guid userId, CancellationToken ct) =>
        learners.UseAsync(userId, learner => Task.FromResult(learner.Knowledge.KnownByFacetPath()), ct);
}
