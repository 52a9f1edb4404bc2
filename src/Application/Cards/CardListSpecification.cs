using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Cards;

/// <summary>Which of a learner's cards to list: filters plus a keyset page (cards after <see cref="After"/>, by id).</summary>
public sealed record CardListSpecification(
    Guid UserId,
    CardState? State = null,
    DateTimeOffset? DueBefore = null,
    string? NodePath = null,
    bool? Leech = null,
    bool? Suspended = null,
    KeysetCursor? After = null,
    int Limit = CardListSpecification.DefaultLimit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
}
