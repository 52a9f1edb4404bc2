using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Cards;

/// <param name="Retrievability">Predicted probability of recall now (0 for a card never studied).</param>
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
