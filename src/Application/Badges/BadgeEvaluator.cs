using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Domain.Users;
using AdaptiveLearning.Domain.Engagement;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Application.Badges;

/// <summary>
/// Awards the badges an event has just earned. Runs after the event's own transaction committed (ADR 0025): the answer
/// transaction stays as benchmarked, and deciding costs one round trip (the candidates and the tallies together) unless
/// a badge is reached.
/// </summary>
internal sealed class BadgeEvaluator(IBadgeStandingReader standings, ILearnerBadges badges, LearnerFigureReader figures, IClock clock,
    ILogger<BadgeEvaluator> log)
{
    public async Task<IReadOnlyList<string>> EvaluateAsync(User learner, IReadOnlySet<BadgeMetric> moved, CancellationToken ct)
    {
        try
        {
            var read = await standings.ReadAsync(learner.Id, moved, ct);
            if (read.Candidates.Count == 0)
                return [];
            var standing = figures.From(learner, read.Tallies, moved);
            var reached = read.Candidates.Where(b => b.Criteria.IsMetBy(standing))
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
