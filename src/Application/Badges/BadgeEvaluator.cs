using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Domain.Users;
using AdaptiveLearning.Domain.Engagement;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Application.Badges;

/// <summary>
/// Awards the badges an event has just earned. Runs after the event's own transaction committed (ADR 0025): the answer
/// transaction stays as benchmarked, and a learner holding every badge on the moved metrics costs one indexed query.
/// </summary>
internal sealed class BadgeEvaluator(ILearnerBadges badges, LearnerFigureReader figures, IClock clock, ILogger<BadgeEvaluator> log)
{
    public async Task<IReadOnlyList<string>> EvaluateAsync(User learner, IReadOnlySet<BadgeMetric> moved, CancellationToken ct)
    {
        try
        {
            var candidates = await badges.UnearnedAsync(learner.Id, moved, ct);
            if (candidates.Count == 0)
                return [];
            var standing = await figures.ReadAsync(learner, candidates.Select(b => b.Criteria.Metric).ToHashSet(), ct);
            var reached = candidates.Where(b => b.Criteria.IsMetBy(standing))
                .Select(b => new BadgeAward(b, standing.Value(b.Criteria.Metric))).ToList();
            return reached.Count == 0 ? [] : await badges.AwardAsync(learner.Id, reached, clock.UtcNow, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The event itself is committed; the learner's next answer or session end evaluates again, and the
            // engagement rebuild reports a badge still missing.
            log.LogWarning(e, "Evaluating badges for learner {UserId} failed", learner.Id);
            return [];
        }
    }
}
