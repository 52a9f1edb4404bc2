using AdaptiveLearning.Application.Adaptive.Placement;
using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Application.Leaderboards;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions.EndSession;

/// <summary>Ends a session (ending it again returns the same summary) and reveals a mock test's results.</summary>
internal sealed class EndSessionHandler(
    SessionLoader loader, ILearningSessionRepository sessions, IStudyQueries study, IAttemptReader attempts,
    IQuestionLookup questions, PlacementRunner placement, PlacementCompletion completion, IPointsLedger ledger, PointsRules rules,
    BadgeEvaluator badges, ILeaderboards leaderboards, IClock clock)
    : IHandler<EndSessionCommand, SessionSummary>
{
    public async Task<SessionSummary> HandleAsync(EndSessionCommand request, CancellationToken ct)
    {
        var session = await loader.SessionAsync(request.UserId, request.SessionId, ct);
        if (!session.IsEnded && session.Mode == SessionMode.Placement)
        {
            // Ending a placement early still places the learner on what was answered.
            var learner = await loader.LearnerAsync(request.UserId, ct);
            await completion.CompleteAsync(session, await placement.ReplayAsync(session, ct), LearnerSchedule.For(learner), ct);
            session = await loader.SessionAsync(request.UserId, request.SessionId, ct);
        }

        if (!session.IsEnded)
        {
            await sessions.EndAsync(session.Id, clock.UtcNow, ct);
            session = await loader.SessionAsync(request.UserId, request.SessionId, ct);
        }

        var counts = await study.SessionCountsAsync(session.Id, ct);
        await AwardCompletionAsync(session, counts, ct);
        await badges.EvaluateAsync(await loader.LearnerAsync(request.UserId, ct), BadgeTriggers.SessionEnded, ct);
        IReadOnlyList<MockTestResult> results = session.Mode == SessionMode.MockTest
            ? await MockResultsAsync(session, ct)
            : [];
        double? score = session.Mode == SessionMode.MockTest && session.QuestionIds.Count > 0
            ? Math.Round((double)results.Count(r => r.Correct == true) / session.QuestionIds.Count, 4)
            : null;
        return new SessionSummary(session.Id, session.Mode, session.StartedAt, session.EndedAt!.Value,
            counts.Answered, counts.Correct, counts.TimeSpentMs, counts.NewCardsLearned, counts.Lapses, score, results);
    }

    /// <summary>
    /// Every end (also a repeated one) offers the bonus and the ledger's source key keeps one, so a crash between ending
    /// and awarding is repaired by ending again.
    /// </summary>
    private async Task AwardCompletionAsync(LearningSession session, SessionCounts counts, CancellationToken ct)
    {
        if (rules.SessionCompletionBonus <= 0 || !rules.EarnsSessionBonus(session.Mode, counts.Answered))
            return;
        var calendar = LearnerSchedule.For(await loader.LearnerAsync(session.UserId, ct)).Calendar;
        var endedAt = session.EndedAt!.Value;
        await ledger.AddAsync(session.UserId, new PointsEntry(PointsSource.SessionCompleted, $"session:{session.Id}", null, session.Id,
            rules.SessionCompletionBonus, 0, calendar.Date(endedAt), endedAt), clock.UtcNow, ct);
        leaderboards.MarkChanged(session.UserId);
    }

    private async Task<IReadOnlyList<MockTestResult>> MockResultsAsync(LearningSession session, CancellationToken ct)
    {
        var firstAnswers = (await attempts.ForSessionAsync(session.UserId, session.Id, ct))
            .GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => g.First());
        var current = await questions.GetCurrentAsync(session.QuestionIds, ct);
        var versions = await questions.GetVersionsAsync(session.QuestionIds, ct);
        return session.QuestionIds.Select(id =>
        {
            var answer = firstAnswers.GetValueOrDefault(id);
            var content = answer is not null && versions.TryGetValue((id, answer.QuestionVersion), out var seen)
                ? seen
                : current.GetValueOrDefault(id)?.Content;
            return new MockTestResult(id, answer is not null, answer is null ? false : answer.Correct,
                content?.CorrectKeys ?? [], content?.Explanation);
        }).ToList();
    }
}
