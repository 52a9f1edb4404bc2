using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Engagement;

/// <summary>
/// What the ledger should hold under the current rules, replayed from the attempt log in recording order: the same
/// per-answer rule, the day's bonus with the first answer that earns points (lost with it when that answer is undone,
/// as undo reverses every row an answer earned), and the bonus of every ended session with enough answers.
/// </summary>
public static class LedgerReplay
{
    /// <param name="difficulty">The difficulty of the question version an attempt was answered against.</param>
    public static (long Points, long Answers) Expected(EngagementHistory history, Func<Attempt, int> difficulty, PointsRules rules, LearnerCalendar calendar)
    {
        long points = 0, answers = 0;
        var bonusDays = new HashSet<DateOnly>();
        foreach (var answer in history.Answers)
        {
            var a = answer.Attempt;
            var earned = rules.ForAnswer(a.Mode, difficulty(a), AnswerPoints.Correct(a), a.TimeSpentMs, a.AnsweredAt, a.Before.Memory.LastReview);
            var day = answer.LedgerDay ?? calendar.Date(a.AnsweredAt);
            var bonus = earned > 0 && rules.FirstAnswerOfDayBonus > 0 && bonusDays.Add(day) ? rules.FirstAnswerOfDayBonus : 0;
            if (answer.Undone)
                continue;
            points += earned + bonus;
            answers++;
        }
        if (rules.SessionCompletionBonus > 0)
            points += history.EndedSessions.Count(s => rules.EarnsSessionBonus(s.Mode, s.Answered)) * (long)rules.SessionCompletionBonus;
        return (points, answers);
    }
}
