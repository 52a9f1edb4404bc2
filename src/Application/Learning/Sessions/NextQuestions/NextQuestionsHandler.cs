using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Learning.Sessions.NextQuestions;

internal sealed class NextQuestionsHandler(SessionLoader loader, IStudyQueries study, IAttemptReader attempts, IClock clock)
    : IHandler<NextQuestionsQuery, NextQuestions>
{
    // Enough due cards to fill any day's queue; the planner sorts them by retrievability.
    private const int DueCardWindow = 5000;

    public async Task<NextQuestions> HandleAsync(NextQuestionsQuery request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var session = await loader.SessionAsync(request.UserId, request.SessionId, ct);
        if (session.IsEnded)
            throw new ProblemException(Problems.SessionEnded);

        var schedule = LearnerSchedule.For(learner);
        var now = clock.UtcNow;
        var counts = await study.SessionCountsAsync(session.Id, ct);
        var count = Math.Clamp(request.Count, 1, NextQuestionsQuery.MaxCount);
        if (session.Limits.QuestionCount is { } cap && session.Mode != SessionMode.MockTest)
            count = Math.Min(count, cap - counts.Answered);
        if (count <= 0)
            return new NextQuestions([]);

        var planned = session.Mode switch
        {
            SessionMode.MockTest => await MockTestAsync(session, count, ct),
            SessionMode.Cram => await CramAsync(session, schedule, now, count, ct),
            _ => await ScheduledAsync(session, schedule, counts, now, count, ct),
        };
        var questions = (await study.LearnerQuestionsAsync(planned.Select(p => p.QuestionId).ToList(), ct))
            .ToDictionary(q => q.Id);
        return new NextQuestions(planned.Where(p => questions.ContainsKey(p.QuestionId))
            .Select(p => new NextQuestion(p.Reason, questions[p.QuestionId])).ToList());
    }

    private async Task<IReadOnlyList<PlannedQuestion>> ScheduledAsync(LearningSession session, LearnerSchedule schedule,
        SessionCounts counts, DateTimeOffset now, int count, CancellationToken ct)
    {
        var calendar = schedule.Calendar;
        var today = await study.StudiedBetweenAsync(session.UserId, calendar.StartOfDay(now), calendar.NextDayStart(now), ct);
        var allowance = DailyAllowance.Remaining(schedule.Preferences.DailyNewLimit, schedule.Preferences.DailyReviewLimit,
            today.NewCards, today.Reviews);
        if (session.Limits.NewCards is { } sessionNew)
            allowance = allowance with { NewCards = Math.Min(allowance.NewCards, Math.Max(0, sessionNew - counts.NewCardsLearned)) };

        var due = await study.DueCardsAsync(session.UserId, session.Scope, now, calendar.NextDayStart(now), DueCardWindow, ct);
        var cards = due.Where(c => c.Memory.Due is not null)
            .Select(c => new ScheduledCard(c.QuestionId, c.Memory.State, c.Memory.Due!.Value, schedule.Retrievability(c.Memory, now)))
            .ToList();
        var fresh = allowance.NewCards > 0 && session.Mode != SessionMode.Review
            ? await study.NewQuestionIdsAsync(session.UserId, session.Scope, now, Math.Min(allowance.NewCards, count), ct)
            : [];
        return StudyQueuePlanner.Plan(session.Mode, cards, fresh, allowance, now, calendar, count);
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
}
