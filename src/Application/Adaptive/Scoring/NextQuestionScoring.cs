using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Adaptive;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>Builds a learner's scorer from their evidence and the served model, once per request.</summary>
public sealed class NextQuestionScoring(IAdaptiveQueries queries, ICorrectnessPredictor predictor, ScoreWeights weights)
{
    public async Task<LearnerScoring> ForLearnerAsync(Guid userId, LearnerSchedule schedule, DateTimeOffset now, CancellationToken ct)
    {
        var knowledge = new KnowledgeState(await queries.EvidenceAsync(userId, ct));
        var learnerId = userId.ToString();
        var history = knowledge.Attempts
            .Select(a => new AttemptRecord(learnerId, a.QuestionId.ToString(), a.FacetId.ToString(), a.AnsweredAt, a.Correct))
            .ToList();
        return new LearnerScoring(queries, new LearnerScorer(knowledge, predictor.ForLearner(history), schedule, weights, now));
    }
}
