using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive;

/// <summary>
/// A learner's knowledge now: BKT P(known) per facet by forward filtering their answers, and an
/// EAP ability posterior per topic, advanced one answer at a time. Placement answers do not enter the
/// BKT filter: a completed placement already turned them into the learner's facet priors, and counting
/// them twice would overstate what one test shows.
/// </summary>
public sealed class KnowledgeState
{
    private static readonly AbilityEstimator Estimator = new();
    private readonly BktModel _bkt;
    private readonly Dictionary<long, double> _known = [];
    private readonly Dictionary<long, string> _answeredFacets = [];
    private readonly Dictionary<long, int> _timesAnswered = [];
    private readonly Dictionary<string, AbilityPosterior> _ability = new(StringComparer.Ordinal);

    public KnowledgeState(BktModel bkt, IReadOnlyDictionary<long, double> facetPriors)
    {
        _bkt = bkt;
        foreach (var (facet, prior) in facetPriors)
            _known[facet] = prior;
    }

    /// <summary>The state after every attempt of the evidence, in order.</summary>
    public KnowledgeState(LearnerEvidence evidence) : this(evidence.Bkt, evidence.FacetPriors)
    {
        foreach (var attempt in evidence.Attempts)
            Observe(attempt);
    }

    /// <summary>How many answers the state has seen.</summary>
    public int Answers { get; private set; }

    public void Observe(EvidenceAttempt attempt)
    {
        if (attempt.Mode != SessionMode.Placement)
        {
            var bkt = Bkt(attempt.FacetId);
            _known[attempt.FacetId] = bkt.Update(_known.TryGetValue(attempt.FacetId, out var p) ? p : bkt.InitialKnown, attempt.Correct);
        }

        AbilityFor(attempt.TopicPath).Observe(attempt.Item, attempt.Correct);
        _answeredFacets[attempt.FacetId] = attempt.FacetPath;
        _timesAnswered[attempt.QuestionId] = TimesAnswered(attempt.QuestionId) + 1;
        Answers++;
    }

    /// <summary>Facets with evidence (answers or a placement prior), by facet path.</summary>
    public IReadOnlyDictionary<string, double> KnownByFacetPath() =>
        _answeredFacets.Where(f => _known.ContainsKey(f.Key))
            .ToDictionary(f => f.Value, f => _known[f.Key], StringComparer.Ordinal);

    public BayesianKnowledgeTracing Bkt(long facetId) => _bkt.For(facetId.ToString());

    /// <summary>P(known) of the facet; its prior when the learner has shown nothing on it yet.</summary>
    public double Known(long facetId) => _known.TryGetValue(facetId, out var p) ? p : Bkt(facetId).InitialKnown;

    public bool HasEvidence(long facetId) => _known.ContainsKey(facetId);

    public int TimesAnswered(long questionId) => _timesAnswered.GetValueOrDefault(questionId);

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

    /// <summary>Topics with at least one answer.</summary>
    public IReadOnlyDictionary<string, AbilityPosterior> Abilities =>
        _ability.Where(a => a.Value.Responses > 0).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
