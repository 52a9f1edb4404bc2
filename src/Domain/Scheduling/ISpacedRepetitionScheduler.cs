using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Scheduling;

public interface ISpacedRepetitionScheduler
{
    /// <param name="fuzzRandom">Source of interval fuzz when the settings enable it; null uses a shared generator.</param>
    MemoryState Review(
        MemoryState before,
        Rating rating,
        DateTimeOffset reviewedAt,
        LearnerCalendar calendar,
        Random? fuzzRandom = null);

    /// <summary>Predicted probability of recall at <paramref name="at"/>; 0 for a card never reviewed.</summary>
    double Retrievability(MemoryState state, DateTimeOffset at, LearnerCalendar calendar);
}
