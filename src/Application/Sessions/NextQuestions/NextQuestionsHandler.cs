using AdaptiveLearning.Application.Adaptive.Placement;
using AdaptiveLearning.Application.Adaptive.Scoring;
using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Goals;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Sessions.NextQuestions;

internal sealed class NextQuestionsHandler(SessionLoader loader, IStudyQueries study, IAttemptReader attempts, IHierarchyQueries hierarchy,
    PlacementRunner placement, PlacementCompletion completion, NextQuestionScoring scoring, AdaptiveOptions options, IClock clock)
    : IHandler<NextQuestionsQuery, NextQuestions>
{
    // The earliest-due cards, which hold the lowest retrievabilities the planner puts first: as many as the default
    // daily review limit (Anki's too), so a learner back from months away costs no more than one who studies daily.
    private const int DueCardWindow = 200;
    private static readonly IReadOnlyDictionary<long, QuestionScore> NoScores = new Dictionary<long, QuestionScore>();

    public async Task<NextQuestions> HandleAsync(NextQuestionsQuery request, CancellationToken ct)
    {
        var (learner, session) = await loader.LearnerAndSessionAsync(request.UserId, request.SessionId, ct);
        var schedule = LearnerSchedule.For(learner);
        if (session.Mode == SessionMode.Placement)
            return await PlacementAsync(session, schedule, ct);
        if (session.IsEnded)
            throw new ProblemException(Problems.SessionEnded);

        var now = clock.UtcNow;
        var (counts, today) = await study.SessionAndDayCountsAsync(session.UserId, session.Id, schedule.Calendar.StartOfDay(now),
            schedule.Calendar.NextDayStart(now), ct);
        var count = Math.Clamp(request.Count, 1, NextQuestionsQuery.MaxCount);
        if (session.Limits.QuestionCount is { } cap && session.Mode != SessionMode.MockTest)
            count = Math.Min(count, cap - counts.Answered);
        if (count <= 0)
            return new NextQuestions([]);

        var (planned, scores) = session.Mode switch
        {
            SessionMode.MockTest => (await MockTestAsync(session, count, ct), NoScores),
            SessionMode.Cram => (await CramAsync(session, schedule, now, count, ct), NoScores),
            _ => await ScheduledAsync(session, schedule, counts, today, now, count, ct),
        };
        return await ShowAsync(planned, scores, ct);
    }

    private async Task<NextQuestions> ShowAsync(IReadOnlyList<PlannedQuestion> planned, IReadOnlyDictionary<long, QuestionScore> scores,
        CancellationToken ct)
    {
        var questions = (await study.LearnerQuestionsAsync(planned.Select(p => p.QuestionId).ToList(), ct))
            .ToDictionary(q => q.Id);
        return new NextQuestions(planned.Where(p => questions.ContainsKey(p.QuestionId))
            .Select(p => new NextQuestion(p.Reason, questions[p.QuestionId], scores.GetValueOrDefault(p.QuestionId))).ToList());
    }

    /// <summary>One item at a time: the next depends on the answer to this one. Completing the test ends the session.</summary>
    private async Task<NextQuestions> PlacementAsync(LearningSession session, LearnerSchedule schedule, CancellationToken ct)
    {
        var progress = await placement.ReplayAsync(session, ct);
        if (progress.NextQuestionId is { } next)
            return await ShowAsync([new PlannedQuestion(next, StudyReason.Placement)], NoScores, ct);
        if (!session.IsEnded)
            await completion.CompleteAsync(session, progress, schedule, ct);
        return new NextQuestions([]);
    }

    /// <summary>
    /// Learn and practice rank new questions by the unified score and return every planned item's score, from the
    /// learner's kept adaptive state (brought up to date, never rebuilt from their whole history per request). A session
    /// for a goal takes the plan's new-card quota instead of the daily limit and plans as practice (reviews due in the
    /// scope come first); for an FSRS learner the target-date policy then orders what that plan allows.
    /// </summary>
    private async Task<(IReadOnlyList<PlannedQuestion>, IReadOnlyDictionary<long, QuestionScore>)> ScheduledAsync(
        LearningSession session, LearnerSchedule schedule, SessionCounts counts, StudiedToday today, DateTimeOffset now, int count,
        CancellationToken ct)
    {
        var scored = session.Mode is SessionMode.Learn or SessionMode.Practice;
        var mode = session.Goal is null ? session.Mode : SessionMode.Practice;
        var calendar = schedule.Calendar;
        var allowance = DailyAllowance.Remaining(session.Goal?.NewCardsPerDay ?? schedule.Preferences.DailyNewLimit,
            schedule.Preferences.DailyReviewLimit, today.NewCards, today.Reviews);
        if (session.Limits.NewCards is { } sessionNew)
            allowance = allowance with { NewCards = Math.Min(allowance.NewCards, Math.Max(0, sessionNew - counts.NewCardsLearned)) };

        var facets = await hierarchy.StudiableFacetsAsync(session.Scope, ct);
        var due = await study.DueCardsAsync(session.UserId, facets, now, calendar.NextDayStart(now), DueCardWindow, ct);
        var cards = due.Where(c => c.Memory.Due is not null)
            .Select(c => new ScheduledCard(c.QuestionId, c.Memory.State, c.Memory.Due!.Value, schedule.Retrievability(c.Memory, now)))
            .ToList();
        var fresh = allowance.NewCards > 0 && session.Mode != SessionMode.Review
            ? await study.NewQuestionIdsAsync(session.UserId, facets, now,
                Math.Min(allowance.NewCards, options.NewCandidatePool), ct)
            : [];
        if (!scored)
            return (StudyQueuePlanner.Plan(mode, cards, fresh, allowance, now, calendar, count), NoScores);

        var memories = due.ToDictionary(c => c.QuestionId, c => c.Memory);
        var target = session.Goal is { } goal && schedule.Preferences.Scheduler != LearningSettings.Sm2
            ? new GoalTarget(new TargetRecallPolicy(schedule.Settings.FsrsParameters, calendar, StudyCosts.Default),
                calendar.StartOfDay(goal.TargetDate.DayNumber))
            : null;
        return await scoring.WithLearnerAsync(session.UserId, schedule, now, async scorer =>
        {
            var ranked = fresh.Count > 1 ? await RankNewAsync(scorer, fresh, ct) : fresh;
            if (target is null)
            {
                var planned = StudyQueuePlanner.Plan(mode, cards, ranked, allowance, now, calendar, count);
                var scores = await scorer.ScoreAsync(
                    planned.Select(p => new ScoreCandidate(p.QuestionId, memories.GetValueOrDefault(p.QuestionId))).ToList(), ct);
                return (planned, scores);
            }

            var allowed = StudyQueuePlanner.Plan(mode, cards, ranked, allowance, now, calendar, int.MaxValue);
            var all = await scorer.ScoreAsync(
                allowed.Select(p => new ScoreCandidate(p.QuestionId, memories.GetValueOrDefault(p.QuestionId))).ToList(), ct);
            var candidates = all.ToDictionary(s => s.Key,
                s => new TargetRecallCandidate(s.Key, memories.GetValueOrDefault(s.Key), s.Value.SuccessProbability));
            IReadOnlyList<PlannedQuestion> chosen = target.Policy.Order(allowed, candidates, now, target.At, count);
            return (chosen, all);
        }, ct);
    }

    /// <summary>
    /// New questions compete on the unified score; due cards keep the scheduler's order (lowest retrievability
    /// first), because their urgency is already what the schedule encodes.
    /// </summary>
    private static async Task<IReadOnlyList<long>> RankNewAsync(LearnerScoring scorer, IReadOnlyList<long> fresh, CancellationToken ct)
    {
        var scores = await scorer.ScoreAsync(fresh.Select(id => new ScoreCandidate(id, null)).ToList(), ct);
        return fresh.Select((id, index) => (id, index))
            .OrderByDescending(c => scores.TryGetValue(c.id, out var s) ? s.Total : double.MinValue)
            .ThenBy(c => c.index)
            .Select(c => c.id).ToList();
    }

    private async Task<IReadOnlyList<PlannedQuestion>> MockTestAsync(LearningSession session, int count, CancellationToken ct)
    {
        var answered = (await attempts.ForSessionAsync(session.UserId, session.Id, ct)).Select(a => a.QuestionId).ToHashSet();
        return session.QuestionIds.Where(id => !answered.Contains(id)).Take(count)
            .Select(id => new PlannedQuestion(id, StudyReason.MockTest)).ToList();
    }

    /// <summary>Cram ignores due dates: the weakest memories first, then questions never studied.</summary>
    private async Task<IReadOnlyList<PlannedQuestion>> CramAsync(LearningSession session, LearnerSchedule schedule,
        DateTimeOffset now, int count, CancellationToken ct)
    {
        var candidates = await study.CramCandidatesAsync(session.UserId, session.Id, session.Scope, now, DueCardWindow, ct);
        return candidates
            .OrderBy(c => c.Memory.LastReview is null)
            .ThenBy(c => schedule.Retrievability(c.Memory, now))
            .Take(count)
            .Select(c => new PlannedQuestion(c.QuestionId, StudyReason.Cram)).ToList();
    }

    private sealed record GoalTarget(TargetRecallPolicy Policy, DateTimeOffset At);
}
