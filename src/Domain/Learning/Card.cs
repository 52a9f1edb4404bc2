using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Learning;

/// <summary>One learner's spaced-repetition card for one question.</summary>
public sealed class Card
{
    public required long Id { get; init; }
    public required Guid UserId { get; init; }
    public required long QuestionId { get; init; }
    public MemoryState Memory { get; private set; } = MemoryState.New;
    public bool Suspended { get; private set; }
    public DateTimeOffset? BuriedUntil { get; private set; }
    /// <summary>Forgotten so often (see <see cref="SchedulerSettings.LeechThreshold"/>) that the question likely needs rewriting.</summary>
    public bool Leech { get; private set; }

    public static Card Restore(long id, Guid userId, long questionId, CardSnapshot snapshot)
    {
        var card = new Card { Id = id, UserId = userId, QuestionId = questionId };
        card.RestoreTo(snapshot);
        return card;
    }

    public CardSnapshot Snapshot() => new(Memory, Suspended, BuriedUntil, Leech);

    public void RestoreTo(CardSnapshot snapshot)
    {
        Memory = snapshot.Memory;
        Suspended = snapshot.Suspended;
        BuriedUntil = snapshot.BuriedUntil;
        Leech = snapshot.Leech;
    }

    public bool IsBuried(DateTimeOffset now) => BuriedUntil is { } until && until > now;

    public void Review(ISpacedRepetitionScheduler scheduler, SchedulerSettings settings, Rating rating,
        DateTimeOffset at, LearnerCalendar calendar, bool suspendLeeches)
    {
        Memory = scheduler.Review(Memory, rating, at, calendar);
        BuriedUntil = null;
        if (!Leech && settings.IsLeech(Memory))
        {
            Leech = true;
            Suspended |= suspendLeeches;
        }
    }

    public void Suspend() => Suspended = true;

    public void Unsuspend() => Suspended = false;

    /// <summary>Hides the card until the learner's next day starts.</summary>
    public void Bury(DateTimeOffset now, LearnerCalendar calendar) => BuriedUntil = calendar.NextDayStart(now);

    /// <summary>Forgets all progress: the card is new again (suspension is the learner's choice and stays).</summary>
    public void Reset()
    {
        Memory = MemoryState.New;
        BuriedUntil = null;
        Leech = false;
    }

    /// <returns>False for a card never studied: it has no schedule to move.</returns>
    public bool SetDue(DateTimeOffset due)
    {
        if (Memory.State == CardState.New)
            return false;
        Memory = Memory with { Due = due };
        return true;
    }
}
