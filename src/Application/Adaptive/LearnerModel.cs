using AdaptiveLearning.Application.Adaptive.Scoring;

namespace AdaptiveLearning.Application.Adaptive;

/// <summary>
/// Everything adaptive about one learner, kept between requests and advanced by each new attempt: knowledge
/// (BKT per facet, θ per topic) and the correctness predictor's features. It equals a replay of the whole log
/// as long as attempts arrive in answer order; <see cref="CanAppend"/> says when they do not.
/// </summary>
public sealed class LearnerModel
{
    private LearnerModel(LearnerModelBasis basis, EvidenceStamp stamp, KnowledgeState knowledge, ILearnerPredictor? predictor)
    {
        Basis = basis;
        Stamp = stamp;
        Knowledge = knowledge;
        Predictor = predictor;
    }

    /// <summary>The shared inputs (content, fitted parameters, served model) the state was built on.</summary>
    public LearnerModelBasis Basis { get; }

    public EvidenceStamp Stamp { get; }

    public KnowledgeState Knowledge { get; }

    /// <summary>Null while no correctness model is served.</summary>
    public ILearnerPredictor? Predictor { get; }

    /// <summary>The newest attempt seen: later ones are what a catch-up reads.</summary>
    public long LastAttemptId { get; private set; }

    private (DateTimeOffset At, long Id) _last;

    public static LearnerModel Replay(LearnerEvidence evidence, LearnerModelBasis basis, ILearnerPredictor? predictor)
    {
        var model = new LearnerModel(basis, evidence.Stamp, new KnowledgeState(evidence.Bkt, evidence.FacetPriors), predictor);
        foreach (var attempt in evidence.Attempts)
            model.Observe(attempt);
        return model;
    }

    /// <summary>
    /// True when the new attempts continue the learner's answer order. An offline client may upload answers given
    /// before ones already seen; traced in upload order they would differ from the log, so the caller replays instead.
    /// </summary>
    public bool CanAppend(IReadOnlyList<EvidenceAttempt> newer) =>
        newer.Count == 0 || (newer[0].AnsweredAt, newer[0].AttemptId).CompareTo(_last) > 0;

    public void Observe(EvidenceAttempt attempt)
    {
        Knowledge.Observe(attempt);
        Predictor?.Record(attempt.QuestionId, attempt.FacetId, attempt.AnsweredAt, attempt.Correct);
        _last = (attempt.AnsweredAt, attempt.AttemptId);
        LastAttemptId = Math.Max(LastAttemptId, attempt.AttemptId);
    }
}
