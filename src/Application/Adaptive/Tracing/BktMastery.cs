using AdaptiveLearning.Application.Progress;

namespace AdaptiveLearning.Application.Adaptive.Tracing;

/// <summary>Mastery is BKT's P(known) of each facet, traced through the learner's answers from the facet's prior.</summary>
internal sealed class BktMastery(IAdaptiveQueries queries) : IMasteryEstimator
{
    public async Task<IReadOnlyDictionary<string, double>> FacetMasteryAsync(Guid userId, CancellationToken ct) =>
        new KnowledgeState(await queries.EvidenceAsync(userId, ct)).KnownByFacetPath();
}
