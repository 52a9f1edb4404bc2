using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Engagement;

/// <summary>The ledger rows a batch of freshly recorded answers earns; they are written in the answers' own transaction.</summary>
public static class AnswerPoints
{
    /// <param name="answers">Only answers recorded for the first time (a replay never reaches here), each with its question's difficulty.</param>
    public static IReadOnlyList<PointsEntry> For(IEnumerable<(Attempt Attempt, int Difficulty)> answers, PointsRules rules, LearnerCalendar calendar)
    {
        var entries = new List<PointsEntry>();
        var bonusDays = new HashSet<DateOnly>();
        foreach (var (attempt, difficulty) in answers.OrderBy(a => a.Attempt.AnsweredAt))
        {
            var points = rules.ForAnswer(attempt.Mode, difficulty, Correct(attempt), attempt.TimeSpentMs, attempt.AnsweredAt,
                attempt.Before.Memory.LastReview);
            var day = calendar.Date(attempt.AnsweredAt);
            entries.Add(new PointsEntry(PointsSource.Answer, "answer:" + attempt.ClientAttemptId, attempt.ClientAttemptId, attempt.SessionId,
                points, 1, day, attempt.AnsweredAt));
            // The database keeps the first bonus row of a day and ignores later ones (unique source key).
            if (points > 0 && rules.FirstAnswerOfDayBonus > 0 && bonusDays.Add(day))
                entries.Add(new PointsEntry(PointsSource.FirstAnswerOfDay, PointsEntry.DayKey(day), attempt.ClientAttemptId, attempt.SessionId,
                    rules.FirstAnswerOfDayBonus, 0, day, attempt.AnsweredAt));
        }
        return entries;
    }

    /// <summary>
    /// A running mock test must not reveal correctness through points, so its answers count as neither right nor wrong;
    /// a self-rated answer is right unless rated "again".
    /// </summary>
    internal static bool? Correct(Attempt attempt) =>
        attempt.Mode == SessionMode.MockTest ? null : attempt.Correct ?? attempt.Rating != Rating.Again;
}
