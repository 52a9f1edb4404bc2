using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Cards;

/// <param name="Retrievability">Predicted probability of recall now (0 for a card never studied).</param>
/// <param name="Id">The card.</param>
/// <param name="QuestionId">Its question.</param>
/// <param name="State">new, learning, review or relearning.</param>
/// <param name="Step">The learning step, while learning or relearning.</param>
/// <param name="Due">When the card is next due; null while new.</param>
/// <param name="LastReview">When it was last answered.</param>
/// <param name="Stability">FSRS stability in days (interval at 90 % recall).</param>
/// <param name="Difficulty">FSRS difficulty, 1 (easy) to 10 (hard).</param>
/// <param name="EaseFactor">SM-2 ease factor.</param>
/// <param name="IntervalDays">Current interval in days.</param>
/// <param name="Reps">Answers counted on the card.</param>
/// <param name="Lapses">Times a review was forgotten.</param>
/// <param name="Suspended">Never offered until unsuspended.</param>
/// <param name="BuriedUntil">Hidden until then (the learner's next day).</param>
/// <param name="Leech">Forgotten so often that the learner should rework it.</param>
/// <param name="Path">The facet path of the question, in lists.</param>
public sealed record CardView(
    long Id,
    long QuestionId,
    CardState State,
    int? Step,
    DateTimeOffset? Due,
    DateTimeOffset? LastReview,
    double? Stability,
    double? Difficulty,
    double EaseFactor,
    double IntervalDays,
    double Retrievability,
    int Reps,
    int Lapses,
    bool Suspended,
    DateTimeOffset? BuriedUntil,
    bool Leech,
    string? Path = null)
{
    public static CardView From(long id, long questionId, CardSnapshot card, LearnerSchedule schedule, DateTimeOffset now, string? path = null)
    {
        var m = card.Memory;
        return new CardView(id, questionId, m.State, m.Step, m.Due, m.LastReview, m.Stability, m.Difficulty, m.EaseFactor,
            Math.Round(m.IntervalDays, 6), Math.Round(schedule.Retrievability(m, now), 6), m.Reps, m.Lapses,
            card.Suspended, card.BuriedUntil, card.Leech, path);
    }
}
