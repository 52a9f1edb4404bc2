using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Learning;

/// <summary>
/// The baseline order of what to study now: cards due now (reviews due today and learning steps
/// whose delay has passed, lowest retrievability first), then new questions, then learning steps
/// due later today. Reviews and new cards are capped by what is left of the day's allowance;
/// learning steps are never capped, as in Anki.
/// </summary>
public static class StudyQueuePlanner
{
    public static IReadOnlyList<PlannedQuestion> Plan(
        SessionMode mode,
        IReadOnlyCollection<ScheduledCard> cards,
        IReadOnlyList<long> newQuestionIds,
        DailyAllowance allowance,
        DateTimeOffset now,
        LearnerCalendar calendar,
        int count)
    {
        var today = calendar.DayNumber(now);
        var endOfToday = calendar.NextDayStart(now);

        var reviewsDue = cards.Where(c => c.State == CardState.Review && calendar.DayNumber(c.Due) <= today)
            .OrderBy(c => c.Retrievability).ThenBy(c => c.Due)
            .Take(allowance.Reviews);
        var stepsDue = cards.Where(c => IsInSteps(c) && c.Due <= now).ToList();
        var dueNow = reviewsDue.Concat(stepsDue)
            .OrderBy(c => c.Retrievability).ThenBy(c => c.Due)
            .Select(c => new PlannedQuestion(c.QuestionId, ReasonWhenDue(c, calendar, today)));
        var stepsLater = cards.Where(c => IsInSteps(c) && c.Due > now && c.Due < endOfToday)
            .OrderBy(c => c.Due)
            .Select(c => new PlannedQuestion(c.QuestionId, StudyReason.DueLaterToday));
        var fresh = newQuestionIds.Take(allowance.NewCards).Select(id => new PlannedQuestion(id, StudyReason.New));

        var queue = mode switch
        {
            SessionMode.Learn => stepsDue.OrderBy(c => c.Due).Select(c => new PlannedQuestion(c.QuestionId, StudyReason.LearningStepDue)).Concat(fresh).Concat(stepsLater),
            SessionMode.Review => dueNow.Concat(stepsLater),
            SessionMode.Practice => dueNow.Concat(fresh).Concat(stepsLater),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Mock tests and cram sessions do not follow the schedule."),
        };
        return queue.Take(Math.Max(0, count)).ToList();
    }

    private static StudyReason ReasonWhenDue(ScheduledCard card, LearnerCalendar calendar, int today) =>
        IsInSteps(card) ? StudyReason.LearningStepDue
        : calendar.DayNumber(card.Due) < today ? StudyReason.OverdueReview
        : StudyReason.DueReview;

    private static bool IsInSteps(ScheduledCard card) => card.State is CardState.Learning or CardState.Relearning;
}
