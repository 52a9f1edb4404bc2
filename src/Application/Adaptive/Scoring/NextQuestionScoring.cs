using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Adaptive;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>Builds a learner's scorer from their evidence and the served model, then scores candidate questions.</summary>
public sealed class NextQuestionScoring(IAdaptiveQueries queries, ICorrectnessPredictor predictor, ScoreWeights weights)
{
    public async Task<IReadOnlyDictionary<long, QuestionScore>> ScoreAsync(Guid userId, LearnerSchedule schedule,
        IReadOnlyList<ScoreCandidate> candidates, DateTimeOffset now, CancellationToken ct)
    {
        if (candidates.Count == 0)
            return new Dictionary<long, QuestionScore>();
        var knowledge = new KnowledgeState(await queries.EvidenceAsync(userId, ct));
        var learnerId = userId.ToString();
        var history = knowledge.Attempts
            .Select(a => new AttemptRecord(learnerId, a.QuestionId.ToString(), a.FacetId.ToString(), a.AnsweredAt, a.Correct))
            .ToList();
        var scorer = new LearnerScorer(knowledge, predictor.ForLearner(history), schedule, weights, now);
        var items = await queries.ItemsAsync(candidates.Select(c => c.QuestionId).Distinct().ToList(), ct);
        return candidates.Where(c => items.ContainsKey(c.QuestionId))
            .DistinctBy(c => c.QuestionId)
            .ToDictionary(c => c.QuestionId, c => scorer.Score(c, items[c.QuestionId]));
    }
}
