using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Admin.RebuildEngagement;

/// <summary>
/// Recomputes each learner's ledger totals from the attempt log with the current rules and compares them, and the
/// badges they hold, with what is stored. Reports only: the ledger is append-only, so a repair is a decision for a person.
/// </summary>
internal sealed class RebuildEngagementHandler(
    IEngagementAudit audit, IQuestionLookup questions, SessionLoader loader, IBadgeCatalog catalog, ILearnerBadges badges, LearnerFigureReader figures, PointsRules rules)
    : IHandler<RebuildEngagementCommand, EngagementRebuildReport>
{
    /// <summary>The middle of the 1-5 scale, for a version that no longer exists.</summary>
    private const int DefaultDifficulty = 3;

    public async Task<EngagementRebuildReport> HandleAsync(RebuildEngagementCommand request, CancellationToken ct)
    {
        var limit = Math.Clamp(request.Limit, 1, RebuildEngagementCommand.MaxLimit);
        var learners = request.UserId is { } one ? [one] : await audit.LearnersAsync(request.After, limit, ct);
        var active = await catalog.ListAsync(includeRetired: false, ct);
        var differences = new List<EngagementDifference>();
        foreach (var userId in learners)
            if (await CheckAsync(userId, active, ct) is { } difference)
                differences.Add(difference);
        var more = request.UserId is null && learners.Count == limit;
        return new EngagementRebuildReport(learners.Count, differences, more ? learners[^1] : null);
    }

    private async Task<EngagementDifference?> CheckAsync(Guid userId, IReadOnlyList<BadgeDefinition> active, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(userId, ct);
        var history = await audit.HistoryAsync(userId, ct);
        var versions = await questions.GetVersionsAsync(history.Answers.Select(a => a.Attempt.QuestionId).Distinct().ToList(), ct);
        var (points, answers) = LedgerReplay.Expected(history,
            a => versions.TryGetValue((a.QuestionId, a.QuestionVersion), out var content) ? content.Difficulty : DefaultDifficulty,
            rules, LearnerSchedule.For(learner).Calendar);
        var stored = await figures.ReadAsync(learner, Enum.GetValues<BadgeMetric>().ToHashSet(), ct);
        var expected = stored with { PointsTotal = points, Level = rules.Levels.For(points).Level, AnswersTotal = answers };
        var held = (await badges.EarnedAsync(userId, ct)).Select(b => b.Key).ToHashSet();
        var missing = active.Where(b => !held.Contains(b.Key) && b.Criteria.IsMetBy(expected)).Select(b => b.Key).ToList();
        var unmet = active.Where(b => held.Contains(b.Key) && !b.Criteria.IsMetBy(expected)).Select(b => b.Key).ToList();
        return points == history.LedgerPoints && answers == history.LedgerAnswers && missing.Count == 0 && unmet.Count == 0
            ? null
            : new EngagementDifference(userId, history.LedgerPoints, points, history.LedgerAnswers, answers, missing, unmet);
    }
}
