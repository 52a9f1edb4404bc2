namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>One learner's scorer for one request: their history is loaded once, however many candidates are scored.</summary>
public sealed class LearnerScoring(IAdaptiveQueries queries, LearnerScorer scorer)
{
    public async Task<IReadOnlyDictionary<long, QuestionScore>> ScoreAsync(IReadOnlyList<ScoreCandidate> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0)
            return new Dictionary<long, QuestionScore>();
        var items = await queries.ItemsAsync(candidates.Select(c => c.QuestionId).Distinct().ToList(), ct);
        return candidates.Where(c => items.ContainsKey(c.QuestionId))
            .DistinctBy(c => c.QuestionId)
            .ToDictionary(c => c.QuestionId, c => scorer.Score(c, items[c.QuestionId]));
    }
}
