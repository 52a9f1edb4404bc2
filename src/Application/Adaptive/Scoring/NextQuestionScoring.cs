using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Adaptive;

namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>Scores candidates for a learner from their kept adaptive state and the served model.</summary>
public sealed class NextQuestionScoring(IAdaptiveQueries queries, ILearnerModels learners, ScoreWeights weights)
{
    public async Task<IReadOnlyDictionary<long, QuestionScore>> ScoreAsync(Guid userId, LearnerSchedule schedule, DateTimeOffset now,
        IReadOnlyList<ScoreCandidate> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0)
            return new Dictionary<long, QuestionScore>();
        var items = await queries.ItemsAsync(candidates.Select(c => c.QuestionId).Distinct().ToList(), ct);
        return await learners.UseAsync(userId, learner =>
        {
            var scorer = new LearnerScorer(learner, schedule, weights, now);
            return candidates.Where(c => items.ContainsKey(c.QuestionId))
                .DistinctBy(c => c.QuestionId)
                .ToDictionary(c => c.QuestionId, c => scorer.Score(c, items[c.QuestionId]));
        }, ct);
    }
}
