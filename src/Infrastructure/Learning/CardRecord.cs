using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>A row of <c>cards</c>.</summary>
internal sealed class CardRecord
{
    public const string Columns = """
        c.id, c.user_id, c.question_id, c.state, c.step, c.stability, c.difficulty, c.ease_factor, c.interval_days,
        c.reps, c.lapses, c.due, c.last_review, c.suspended, c.buried_until, c.leech
        """;

    public long Id { get; init; }
    public Guid UserId { get; init; }
    public long QuestionId { get; init; }
    public int State { get; init; }
    public int? Step { get; init; }
    public double? Stability { get; init; }
    public double? Difficulty { get; init; }
    public double EaseFactor { get; init; }
    public double IntervalDays { get; init; }
    public int Reps { get; init; }
    public int Lapses { get; init; }
    public DateTimeOffset? Due { get; init; }
    public DateTimeOffset? LastReview { get; init; }
    public bool Suspended { get; init; }
    public DateTimeOffset? BuriedUntil { get; init; }
    public bool Leech { get; init; }
    /// <summary>The question's facet path, when the query joins it.</summary>
    public string? Path { get; init; }
    /// <summary>The question's facet, when the query selects it.</summary>
    public long FacetId { get; init; }

    public MemoryState Memory => new((CardState)State, Step, Stability, Difficulty, EaseFactor, IntervalDays, Reps, Lapses, Due, LastReview);

    public CardSnapshot Snapshot => new(Memory, Suspended, BuriedUntil, Leech);

    public Card ToCard() => Card.Restore(Id, UserId, QuestionId, Snapshot);
}
