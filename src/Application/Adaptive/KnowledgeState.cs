using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive;

/// <summary>
/// A learner's knowledge now: BKT P(known) per facet by forward filtering their answers, and an
/// EAP ability posterior per topic. Placement answers do not enter the BKT filter: a completed
/// placement already turned them into the learner's facet priors, and counting them twice would
/// overstate what one test shows.
/// </summary>
public sealed class KnowledgeState
{
    private static readonly AbilityEstimator Estimator = new();
    private readonly LearnerEvidence _evidence;
    private readonly Dictionary<long, double> _known = [];
    private readonly Dictionary<string, AbilityPosterior> _ability = new(StringComparer.Ordinal);

    public KnowledgeState(LearnerEvidence evidence)
    {
        _evidence = evidence;
        foreach (var (facet, prior) in evidence.FacetPriors)
            _known[facet] = prior;
        foreach (var attempt in evidence.Attempts)
        {
            if (attempt.Mode != SessionMode.Placement)
            {
                var bkt = Bkt(attempt.FacetId);
                _known[attempt.FacetId] = bkt.Update(_known.TryGetValue(attempt.FacetId, out var p) ? p : bkt.InitialKnown, attempt.Correct);
            }

            AbilityFor(attempt.TopicPath).Observe(attempt.Item, attempt.Correct);
        }
    }

    public IReadOnlyList<EvidenceAttempt> Attempts => _evidence.Attempts;

    /// <summary>Facets with evidence (answers or a placement prior), by facet path.</summary>
    public IReadOnlyDictionary<string, double> KnownByFacetPath() =>
        _evidence.Attempts.Select(a => (a.FacetId, a.FacetPath)).Distinct()
            .Where(f => _known.ContainsKey(f.FacetId))
            .ToDictionary(f => f.FacetPath, f => _known[f.FacetId], StringComparer.Ordinal);

    public BayesianKnowledgeTracing Bkt(long facetId) => _evidence.Bkt.For(facetId.ToString());

    /// <summary>P(known) of the facet; its prior when the learner has shown nothing on it yet.</summary>
    public double Known(long facetId) => _known.TryGetValue(facetId, out var p) ? p : Bkt(facetId).InitialKnown;

    public bool HasEvidence(long facetId) => _known.ContainsKey(facetId);

    /// <summary>The posterior of θ on the topic; the prior N(0, 1) before any answer there.</summary>
    public AbilityPosterior AbilityFor(string topicPath)
    {
        if (!_ability.TryGetValue(topicPath, out var posterior))
        {
            posterior = Estimator.StartPosterior();
            _ability[topicPath] = posterior;
        }

        return posterior;
    }

    public IReadOnlyDictionary<string, AbilityPosterior> Abilities => _ability;
}
