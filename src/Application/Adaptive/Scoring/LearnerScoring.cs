namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>One learner's scorer for one request; items read for one call are not read again for the next.</summary>
public sealed class LearnerScoring(IAdaptiveQueries queries, LearnerScorer scorer)
{
    private readonly Dictionary<long, AdaptiveItem> _items = [];

    public async Task<IReadOnlyDictionary<long, QuestionScore>> ScoreAsync(IReadOnlyList<ScoreCandidate> candidates, CancellationToken ct)
    {
        var missing = candidates.Select(c => c.QuestionId).Where(id => !_items.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
            foreach (var (id, item) in await queries.ItemsAsync(missing, ct))
                _items[id] = item;
        return candidates.Where(c => _items.ContainsKey(c.QuestionId))
            .DistinctBy(c => c.QuestionId)
            .ToDictionary(c => c.QuestionId, c => scorer.Score(c, _items[c.QuestionId]));
    }
}
