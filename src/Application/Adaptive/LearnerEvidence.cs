using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive;

/// <param name="Attempts">The learner's answers that were not undone, oldest first.</param>
/// <param name="Bkt">Fitted BKT parameters by facet id (as a string), with the defaults as fallback.</param>
/// <param name="FacetPriors">The learner's own starting P(known) by facet id, set by placement tests.</param>
public sealed record LearnerEvidence(
    IReadOnlyList<EvidenceAttempt> Attempts,
    BktModel Bkt,
    IReadOnlyDictionary<long, double> FacetPriors,
    EvidenceStamp Stamp);
